"""Full-text search over every stored turn, comment and response.

A word matches a row when the row's normalised text (``app.core.text.normalize``) contains the
word's normalised form — any length, 課長 inside 情報政策課長 included — or when the row
has the word's Sudachi terms in a row (取組 = 取り組み, シュミレーション = シミュレーション).
A quoted phrase ("…", 「…」, “…”) matches exactly, without variants, and so does a word made
only of particles and auxiliaries (にも, ますが: ``app.core.tokens.variant_terms``). Several words
must all match.

Ranking: the newest matching rows (by index row id, i.e. import/edit order) form a window of
RANK_WINDOW rows (FILTERED_WINDOW when a filter narrows the search, since the filter
already says what the user wants); within the window, rows where the words occur exactly
and more often come first, then newer rows. ``limit`` hits of that order are returned.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import partial
from typing import Any

from app.core.domain import DocumentId, SearchHit
from app.core.text import normalize
from app.core.tokens import tokenize, variant_terms
from app.store import Store, search_query
from app.store.search_query import QueryTerm
from app.store.search_query import date_bound as date_bound  # for the CLI's date check

# Ranking looks at this many of the newest matching rows when a word matches more; every
# hit returned still contains the words (``limit=None`` returns all matches, unranked cap).
RANK_WINDOW = 1000
FILTERED_WINDOW = 400
SNIPPET_BEFORE, SNIPPET_WIDTH = 30, 120
QUOTES = {'"': '"', "「": "」", "“": "”", "『": "』"}
QUERY_PART = re.compile(r'"([^"]*)"?|「([^」]*)」?|“([^”]*)”?|『([^』]*)』?|(\S+)')


@dataclass(frozen=True)
class SearchFilter:
    """Narrowing of a search; every field left at None/empty means 'any'."""

    speaker: str | None = None  # a turn's speaker label as printed (座長, 情報政策課長)
    body: str | None = None  # part of the meeting body's name (情報化推進会議)
    date_from: str | None = None  # ISO (or YYYY-MM / YYYY: from the first day), inclusive
    date_to: str | None = None  # ISO (or YYYY-MM / YYYY: to the last day), inclusive
    document_id: int | None = None
    agenda_item_id: int | None = None
    tag: str | None = None  # tag name (対応事項 …)
    kinds: tuple[str, ...] = ()  # turn, comment, response


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[QueryTerm, ...]


def parse_query(query: str) -> ParsedQuery:
    """Words and quoted phrases of a query, normalised; variants only for unquoted words.

    Pure apart from the Sudachi tokenizer. Raises nothing; an empty query has no terms."""
    terms: list[QueryTerm] = []
    for m in QUERY_PART.finditer(query.replace("\u3000", " ")):
        quoted = next((g for g in m.groups()[:4] if g is not None), None)
        word = normalize(quoted if quoted is not None else m.group(5))
        if not word:
            continue
        variants = () if quoted is not None else variant_terms(word)
        terms.append(QueryTerm(word, variants))
    return ParsedQuery(tuple(terms))


def _score(norm: str, terms: str, parsed: ParsedQuery) -> float:
    score = 0.0
    for t in parsed.terms:
        n = norm.count(t.norm)
        score += min(n, 5) * 2.0 if n else 1.0  # a variant-only match counts less
    return score


def search(store: Store, query: str, filters: SearchFilter | None = None,
           limit: int | None = 200) -> list[SearchHit]:
    """Ranked hits for query over the workspace; each hit marks its snippet when first read.

    Thread: the store's (a snippet may be read on any one thread later). Returns at most limit hits (None: every match). Raises nothing for
    an empty or unmatched query (an empty list)."""
    parsed = parse_query(query)
    if not parsed.terms:
        return []
    narrowed = filters is not None and filters != SearchFilter()
    cap = None if limit is None else max(FILTERED_WINDOW if narrowed else RANK_WINDOW, limit)
    rows = search_query.candidates(store.db, parsed.terms, filters, cap)
    order = {r[0]: i for i, r in enumerate(rows)}
    ranked = sorted(rows, key=lambda r: (-_score(r[1], r[2], parsed), order[r[0]]))
    if limit is not None:
        ranked = ranked[:limit]
    details = search_query.hit_rows(store.db, [r[0] for r in ranked])
    hits, learned = [], LearnedSurfaces()
    for row_id, norm, terms in ranked:
        d = details.get(row_id)
        if d is not None:
            hits.append(_hit(d, parsed, _score(norm, terms, parsed), learned))
    return hits


def _hit(d: dict[str, Any], parsed: ParsedQuery, score: float, learned: LearnedSurfaces) -> SearchHit:
    text = d["text"] or ""
    speaker = d["speaker"] if d["kind"] == "turn" else (f"No.{d['comment_no']}" if d["comment_no"] else None)
    return SearchHit(kind=d["kind"], id=d["ref_id"], document_id=DocumentId(d["document_id"]),
                     document_title=d["title"], text=text, speaker=speaker, date=d["date"], agenda=d["agenda"],
                     score=score, mark=partial(snippet, parsed=parsed, learned=learned),
                     locate=partial(match_spans, parsed=parsed, learned=learned))


# --- snippets ---------------------------------------------------------------------------
class LearnedSurfaces:
    """Spellings Sudachi matched for a word's variants earlier in one result list.

    Tokenising a hit costs about 0.3 ms, so marking variant matches in 200 snippets would
    cost 60 ms; once a spelling (示さ for 示し) has been found by Sudachi in one hit, later
    hits are marked by plain string search for it and tokenised only when none occurs."""

    def __init__(self) -> None:
        self.surfaces: dict[QueryTerm, set[str]] = {}

    def spans(self, norm: str, term: QueryTerm) -> list[tuple[int, int]]:
        """(start, end) in norm of the spellings learned for term."""
        out = []
        for surface in self.surfaces.get(term, ()):
            out += [(m.start(), m.end()) for m in re.finditer(re.escape(surface), norm)]
        return out

    def learn(self, term: QueryTerm, norm: str, spans: list[tuple[int, int]]) -> None:
        known = self.surfaces.setdefault(term, set())
        known.update(norm[a:b] for a, b in spans if b > a)


class _Table(dict):  # type: ignore[type-arg]
    """Code point -> its normalised form, filled on first sight (a str.translate table)."""

    def __missing__(self, code: int) -> str:
        piece = self[code] = normalize(chr(code))
        if len(piece) != 1:
            _ODD.add(chr(code))
        return piece


_TABLE = _Table()
_ODD: set[str] = set()  # characters whose normalised form is not exactly one character


class _Identity:
    """The offset map of a text that normalises character for character."""

    def __getitem__(self, i: int) -> int:
        return i


_IDENTITY: Any = _Identity()


class _Gaps:
    """The offset map of a text whose only odd characters vanish (line breaks, spaces): an
    output index plus the number of characters dropped before it."""

    def __init__(self, dropped: list[int]) -> None:
        self._steps = [at - n for n, at in enumerate(dropped)]  # output index at each drop

    def __getitem__(self, i: int) -> int:
        return i + bisect.bisect_right(self._steps, i)


def normalized_text(text: str) -> str:
    """The per-character normalisation ``normalized_map`` maps (without the map). Pure."""
    return text.translate(_TABLE)


def normalized_map(text: str) -> tuple[str, Any]:
    """Per-character normalisation of text and, for each output character, the index of
    the input character it came from (so matches in normalised text map back). Pure."""
    norm = text.translate(_TABLE)  # set(text) would cost more than this whole function
    if len(norm) == len(text) and not any(ch in text for ch in _ODD):
        return norm, _IDENTITY
    odd = [ch for ch in _ODD if ch in text]
    if all(_TABLE[ord(ch)] == "" for ch in odd):  # a PDF's line breaks: found by re, not a loop
        pattern = "|".join(re.escape(ch) for ch in odd)
        return norm, _Gaps([m.start() for m in re.finditer(pattern, text)])
    where: list[int] = []
    for i, ch in enumerate(text):
        where.extend([i] * len(_TABLE[ord(ch)]))
    return norm, where


def match_spans(text: str, parsed: ParsedQuery,
                learned: LearnedSurfaces | None = None) -> list[tuple[int, int]]:
    """(start, end) in text of every exact match of a query word, and of variant matches
    for words that have no exact match: spellings in learned if any occur, else Sudachi
    tokens (learned then remembers the spellings found). Merged and sorted."""
    norm, where = normalized_map(text)
    spans: list[tuple[int, int]] = []
    missing = []
    for t in parsed.terms:
        found = [(m.start(), m.end()) for m in re.finditer(re.escape(t.norm), norm)]
        if not found and t.variants and learned is not None:
            found = learned.spans(norm, t)
        spans += [(where[a], where[b - 1] + 1) for a, b in found]
        if not found and t.variants:
            missing.append(t)
    for t in missing:
        variant = _variant_spans(text, [t])
        spans += variant
        if learned is not None and variant and where is _IDENTITY:
            learned.learn(t, norm, variant)
    return _merge(spans)


def _variant_spans(text: str, terms: list[QueryTerm]) -> list[tuple[int, int]]:
    tokens = [tk for tk in tokenize(unicodedata.normalize("NFKC", text)) if tk.pos[0] not in ("空白",)]
    norms = [normalize(tk.norm) for tk in tokens]
    spans = []
    if len(unicodedata.normalize("NFKC", text)) != len(text):
        return []  # offsets would not line up; the snippet just shows no mark for variants
    for t in terms:
        n = len(t.variants)
        for i in range(len(tokens) - n + 1):
            if tuple(norms[i:i + n]) == t.variants:
                spans.append((tokens[i].begin, tokens[i + n - 1].end))
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def snippet(text: str, parsed: ParsedQuery, learned: LearnedSurfaces | None = None) -> str:
    """A window of text around the first match, each match in 【】, line breaks removed."""
    spans = match_spans(text, parsed, learned)
    start = max(0, spans[0][0] - SNIPPET_BEFORE) if spans else 0
    end = min(len(text), start + SNIPPET_WIDTH)
    parts, pos = [], start
    for a, b in spans:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        parts += [text[pos:a], "【", text[a:b], "】"]
        pos = b
    parts.append(text[pos:end])
    body = re.sub(r"\s*\n\s*", "", "".join(parts))
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
