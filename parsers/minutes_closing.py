"""The closing block of minutes: what follows the proceedings and is not said by anyone.

Minutes end with an attestation — 「上記の会議の経過を記載し、その相違ないことを証するため
ここに署名する。」, a date, a line per 議事録署名委員 (with a signing line, 印, or
（…署名済）) — and, in the workbench's own exports, a fingerprint line
「文書指紋（SHA-256）：…」. Many cities end instead with a lone 「以上」. None of it is
speech: the proceedings stop where it starts, and the signatories are read from it.
Pure functions over Lines.
"""
from __future__ import annotations

import re

from parsers.minutes_lines import SENTENCE_ENDS, Line
from parsers.minutes_people import explicit_signatories
from parsers.minutes_roll import roll_line

# 上記…相違ない…署名 (the attestation of exports/minutes_docx.py and of most councils'
# minutes; 相違なき / 相違ありません and 記名押印 are the other wordings seen).
ATTESTATION = re.compile(r"^[ \u3000]*上記.{0,60}相違(?:ない|なき|ありません|無い).{0,30}(?:署名|記名|押印)")
# Assembly minutes: 「地方自治法第123条第２項の規定によりここに署名する。」
LAW_ATTESTATION = re.compile(r"^[ \u3000]*(?:地方自治法|会議規則|.{0,10}条例).{0,40}(?:規定|定め)により.{0,20}(?:署名|記名|押印)")
FINGERPRINT = re.compile(r"指紋[ \u3000]*[（(][ \u3000]*SHA[-‐－]?256[ \u3000]*[)）]", re.IGNORECASE)
END_MARK = re.compile(r"^[ \u3000]*[（(]?以[ \u3000]*上[)）]?[ \u3000]*$")
# The closing block is looked for among this many last lines (the attestation, a date, a
# line per signatory with blank rows between, a fingerprint: under 20 in the exports).
CLOSING_MAX_LINES = 40
# What follows a signatory's name on a signing line: the rule to sign on, 印, or the
# sign-off remark of an exported copy ('（令和6年5月1日 署名済）').
SIGN_TAIL = re.compile(r"[＿_]{2,}.*$|[ \u3000]印[ \u3000]*$|[（(][^（()）]*(?:署名|押印)[^（()）]*[)）][ \u3000]*$")


def _opens_closing(line: Line) -> bool:
    text = line.label + line.text  # a long line may have been cut at the label column
    return ATTESTATION.match(text) is not None or FINGERPRINT.search(text) is not None \
        or LAW_ATTESTATION.match(text) is not None


def _stands_alone(lines: list[Line], i: int) -> bool:
    """A paragraph of its own, not the tail of a wrapped sentence ('…報告は' / '以上')."""
    return lines[i].new_block or i == 0 or lines[i - 1].text.endswith(SENTENCE_ENDS)


def closing_start(lines: list[Line]) -> int:
    """Index of the first line of the closing block (attestation, signatures, fingerprint,
    or a final 以上), ``len(lines)`` when there is none. Only the last CLOSING_MAX_LINES
    lines are searched, so a speech that quotes the wording stays speech."""
    first = max(0, len(lines) - CLOSING_MAX_LINES)
    cut = next((i for i in range(first, len(lines)) if _opens_closing(lines[i])), len(lines))
    for i in range(cut - 1, first - 1, -1):  # a lone 以上 just before the block or at the end
        if lines[i].label:
            break
        if END_MARK.match(lines[i].text) and _stands_alone(lines, i):
            return i
        if lines[i].text.strip():
            break
    return cut


def closing_signatories(lines: list[Line]) -> list[str]:
    """The 議事録署名委員 named on the signing lines of a closing block, in order."""
    found: list[str] = []
    for ln in lines:
        text = (ln.label + "\u3000" + ln.text).strip() if ln.label else ln.text.strip()
        text = SIGN_TAIL.sub("", text).rstrip(" \u3000")
        names = explicit_signatories(text) or _member_signing(text)
        found += [n for n in names or [] if n not in found]
    return found


def _member_signing(text: str) -> list[str] | None:
    """'テスト市議会議員　鈴　木　花　子' under the attestation: a member who signs (the chair,
    who signs as 議長, is not one of the appointed signatories)."""
    people = roll_line(text, None, {})
    return [p.name for p in people if p.name and p.title and p.title.endswith(("議員", "委員"))] \
        if people else None
