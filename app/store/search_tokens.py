"""The tokens of the search index and the FTS5 expressions over them (pure, no database).

Every token is plain ASCII letters and digits, so FTS5's ``ascii`` tokenizer keeps it whole:

- ``g``: each character bigram of the normalised text as two 4-digit base-36 codes, then
  the last character alone (a one-character query is a prefix query on its code);
- ``t``: the text's Sudachi terms (hashed when a term holds ASCII symbols);
- ``p``: each pair of adjacent terms, hashed: a variant phrase of common terms (為る こと だ)
  becomes a phrase of rare pair tokens, which FTS5 finds without walking the common ones;
- ``m``: what filters ask about: kind, document, agenda item, speaker, body, and the
  meeting's year, month and day, so a filter is one more AND in the same FTS query.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class QueryTerm:
    """One query word: its normalised text, and its Sudachi terms when variants count."""

    norm: str
    variants: tuple[str, ...] = ()


_CODES: dict[str, str] = {}
# Term and pair tokens are asked for again and again (a meeting reuses its words): cached,
# and emptied at CACHE_MAX entries to bound memory.
_TERMS: dict[str, str] = {}
_PAIRS: dict[tuple[str, str], str] = {}
CACHE_MAX = 500_000
_SAFE_TERM = re.compile(r"^(?:[0-9a-z]|[^\x00-\x7f])+$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _code(ch: str) -> str:
    """A character as four base-36 digits (36**4 > every code point): ASCII-safe and fixed."""
    c = _CODES.get(ch)
    if c is None:
        n, out = ord(ch), []
        for _ in range(4):
            n, r = divmod(n, 36)
            out.append(_DIGITS[r])
        c = _CODES[ch] = "".join(reversed(out))
    return c


def _hash(prefix: str, text: str) -> str:
    return prefix + hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


# --- row tokens -------------------------------------------------------------------------
def encode_grams(norm: str) -> str:
    """The g column for normalised text: every character bigram, then the last character.

    (An import writes one token per character: the codes are looked up in C, through
    ``map``, and fall back to ``_code`` only for a character not seen before.)"""
    codes = list(map(_CODES.get, norm))
    if None in codes:
        codes = list(map(_code, norm))
    if not codes:
        return ""
    grams = list(map(operator.add, codes, codes[1:]))
    grams.append(codes[-1])
    return " ".join(grams)


def encode_term(term: str) -> str:
    """A Sudachi term as one token of the ascii tokenizer (hashed when it has ASCII symbols)."""
    token = _TERMS.get(term)
    if token is None:
        if len(_TERMS) > CACHE_MAX:
            _TERMS.clear()
        token = _TERMS[term] = term if _SAFE_TERM.match(term) else _hash("x", term)
    return token


def padded_terms(terms: Sequence[str]) -> str:
    """The ``terms`` column of an index row: the terms space-separated and space-padded, so a
    whole term is found on the row with instr/strpos of " term "."""
    return " " + " ".join(terms) + " "


def encode_terms(terms: Sequence[str]) -> str:
    tokens = list(map(_TERMS.get, terms))  # cached: a meeting reuses its words
    if None in tokens:
        tokens = list(map(encode_term, terms))
    return " ".join(tokens)  # type: ignore[arg-type]


def _pair(a: str, b: str) -> str:
    token = _PAIRS.get((a, b))
    if token is None:
        if len(_PAIRS) > CACHE_MAX:
            _PAIRS.clear()
        token = _PAIRS[(a, b)] = _hash("q", a + "\x1f" + b)
    return token


def encode_pairs(terms: Sequence[str]) -> str:
    """The p column: token i stands for terms i and i+1 side by side."""
    tokens = list(map(_PAIRS.get, zip(terms, terms[1:])))  # cached, as terms are
    if None in tokens:
        tokens = list(map(_pair, terms, terms[1:]))
    return " ".join(tokens)  # type: ignore[arg-type]


def kind_token(kind: str) -> str:
    return "k" + kind


def document_token(document_id: int) -> str:
    return f"d{int(document_id)}"


def agenda_token(agenda_item_id: int) -> str:
    return f"a{int(agenda_item_id)}"


def speaker_token(speaker: str) -> str:
    return _hash("s", speaker)


def body_token(body: str) -> str:
    return _hash("b", body)


def date_tokens(date: str | None) -> list[str]:
    """y2016, m201602, t20160208 for an ISO date; nothing for a missing or partial one."""
    m = _ISO_DATE.match(date or "")
    if not m:
        return []
    y, mo, d = m.groups()
    return [f"y{y}", f"m{y}{mo}", f"t{y}{mo}{d}"]


def encode_meta(kind: str, document_id: int, speaker: str | None, agenda_item_id: int | None,
                body: str | None, date: str | None) -> str:
    """The m column of one index row."""
    tokens = [kind_token(kind), document_token(document_id)]
    if agenda_item_id is not None:
        tokens.append(agenda_token(agenda_item_id))
    if speaker is not None:
        tokens.append(speaker_token(speaker))
    if body:
        tokens.append(body_token(body))
    return " ".join(tokens + date_tokens(date))


# --- expressions ------------------------------------------------------------------------
def _phrase(tokens: Sequence[str]) -> str:
    return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'


def substring_match(norm_query: str) -> str:
    """FTS5 expression for rows whose normalised text contains norm_query (exactly)."""
    codes = [_code(ch) for ch in norm_query]
    if len(codes) == 1:
        return f"g : {codes[0]}*"
    return "g : " + _phrase([a + b for a, b in zip(codes, codes[1:])])


def text_tokens(norm_query: str) -> list[str]:
    """The index tokens a query's text needs, each once: its character bigrams, or the
    one character's code (which starts every bigram of that character, or is the last)."""
    codes = [_code(ch) for ch in norm_query]
    if len(codes) == 1:
        return codes
    return sorted({a + b for a, b in zip(codes, codes[1:])})


def pair_tokens(terms: Sequence[str]) -> list[str]:
    """The term-pair tokens of a variant phrase of two or more terms, each once."""
    return sorted(set(map(_pair, terms, terms[1:])))


def gram_tokens(norm_query: str) -> list[str]:
    """Expressions for each single index token of the query's text (each a superset)."""
    codes = [_code(ch) for ch in norm_query]
    if len(codes) == 1:
        return [f"g : {codes[0]}*"]
    return sorted({f"g : {a}{b}" for a, b in zip(codes, codes[1:])})


def variant_match(terms: Sequence[str]) -> str:
    """FTS5 expression for rows containing the Sudachi terms consecutively."""
    if len(terms) == 1:
        return "t : " + _phrase([encode_term(terms[0])])
    return "p : " + _phrase([_pair(a, b) for a, b in zip(terms, terms[1:])])


def variant_tokens(terms: Sequence[str]) -> list[str]:
    """Expressions for each single index token of a variant phrase (each a superset)."""
    if len(terms) == 1:
        return [variant_match(terms)]
    return sorted({f"p : {_pair(a, b)}" for a, b in zip(terms, terms[1:])})


def any_of(tokens: Sequence[str]) -> str:
    """FTS5 expression for rows whose m column holds any of tokens ('' for none)."""
    return " OR ".join(f"m : {t}" for t in tokens)


def date_cover(first: dt.date, last: dt.date) -> list[str]:
    """The fewest year, month and day tokens whose dates are exactly first..last."""
    out: list[str] = []
    day = first
    while day <= last:
        year_end = dt.date(day.year, 12, 31)
        next_month = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        if day.month == 1 and day.day == 1 and year_end <= last:
            out.append(f"y{day.year:04d}")
            day = year_end + dt.timedelta(days=1)
        elif day.day == 1 and next_month - dt.timedelta(days=1) <= last:
            out.append(f"m{day.year:04d}{day.month:02d}")
            day = next_month
        else:
            out.append(f"t{day.year:04d}{day.month:02d}{day.day:02d}")
            day += dt.timedelta(days=1)
    return out
