"""A long text as one short line (a choice in a list, an excerpt in a table)."""
from __future__ import annotations

import re

# White space between two non-ASCII characters is a wrapped PDF/Word line, not a word gap.
JOINED_BREAK = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


def flat(text: str, limit: int) -> str:
    """One line of at most limit characters; a line break inside Japanese leaves no space."""
    one_line = JOINED_BREAK.sub("", text)
    one_line = " ".join(one_line.split())
    return one_line[:limit] + ("…" if len(one_line) > limit else "")
