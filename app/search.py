"""Full-text search over every stored turn, comment and response.

A word matches a row when the row's normalised text (``app.text.normalize``) contains the
word's normalised form — any length, 課長 inside 情報政策課長 included — or when the row
has the word's Sudachi terms in a row (取組 = 取り組み, シュミレーション = シミュレーション).
A quoted phrase ("…", 「…」, “…”) matches exactly, without variants. Several words must
all match. Hits are ranked by how often the words occur exactly, then by recency.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from app.domain import DocumentId, SearchHit
from app.store import Store, search_index
from app.store.search_index import QueryTerm
from app.text import normalize
from app.tokens import index_terms, tokenize

# Ranking looks at this many of the newest matching rows when a word matches more; every
# hit returned still contains the words (``limit=None`` returns all matches, unranked cap).
RANK_WINDOW = 1000
SNIPPET_BEFORE, SNIPPET_WIDTH = 30, 120
QUOTES = {'"': '"', "「": "」", "“": "”", "『": "』"}
QUERY_PART = re.compile(r'"([^"]*)"?|「([^」]*)」?|“([^”]*)”?|『([^』]*)』?|(\S+)')


@dataclass(frozen=True)
class SearchFilter:
    """Narrowing of a search; every field left at None/empty means 'any'."""

    speaker: str | None = None  # a turn's speaker label as printed (座長, 情報政策課長)
    body: str | None = None  # part of the meeting body's name (情報化推進会議)
    date_from: str | None = None  # ISO, inclusive
    date_to: str | None = None
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
        variants = () if quoted is not None else tuple(index_terms(word))
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
    """Ranked hits for query over the workspace.

    Thread: the store's. Returns at most limit hits (None: every match). Raises nothing for
    an empty or unmatched query (an empty list)."""
    parsed = parse_query(query)
    if not parsed.terms:
        return []
    cap = None if limit is None else max(RANK_WINDOW, limit)
    rows = search_index.candidates(store.db, parsed.terms, filters, cap)
    order = {r[0]: i for i, r in enumerate(rows)}
    ranked = sorted(rows, key=lambda r: (-_score(r[1], r[2], parsed), order[r[0]]))
    if limit is not None:
        ranked = ranked[:limit]
    details = search_index.hit_rows(store.db, [r[0] for r in ranked])
    hits = []
    for row_id, norm, terms in ranked:
        d = details.get(row_id)
        if d is not None:
            hits.append(_hit(d, parsed, _score(norm, terms, parsed)))
    return hits


def _hit(d: dict[str, Any], parsed: ParsedQuery, score: float) -> SearchHit:
    text = d["text"] or ""
    speaker = d["speaker"] if d["kind"] == "turn" else (f"No.{d['comment_no']}" if d["comment_no"] else None)
    return SearchHit(kind=d["kind"], id=d["ref_id"], document_id=DocumentId(d["document_id"]),
                     document_title=d["title"], text=text, snippet=snippet(text, parsed),
                     speaker=speaker, date=d["date"], agenda=d["agenda"], score=score)


# --- snippets ---------------------------------------------------------------------------
_TABLE: dict[int, str] = {}  # code point -> its normalised form (str.translate table)
_ODD: set[str] = set()  # characters whose normalised form is not exactly one character


class _Identity:
    """The offset map of a text that normalises character for character."""

    def __getitem__(self, i: int) -> int:
        return i


_IDENTITY: Any = _Identity()


def normalized_map(text: str) -> tuple[str, Any]:
    """Per-character normalisation of text and, for each output character, the index of
    the input character it came from (so matches in normalised text map back). Pure."""
    chars = set(text)
    for ch in chars:
        if ord(ch) not in _TABLE:
            piece = normalize(ch)
            _TABLE[ord(ch)] = piece
            if len(piece) != 1:
                _ODD.add(ch)
    norm = text.translate(_TABLE)
    if not chars & _ODD:
        return norm, _IDENTITY
    where: list[int] = []
    for i, ch in enumerate(text):
        where.extend([i] * len(_TABLE[ord(ch)]))
    return norm, where


def match_spans(text: str, parsed: ParsedQuery) -> list[tuple[int, int]]:
    """(start, end) in text of every exact match of a query word, and of variant matches
    (Sudachi tokens) for words that have no exact match. Merged and sorted."""
    norm, where = normalized_map(text)
    spans: list[tuple[int, int]] = []
    missing = []
    for t in parsed.terms:
        found = False
        for m in re.finditer(re.escape(t.norm), norm):
            spans.append((where[m.start()], where[m.end() - 1] + 1))
            found = True
        if not found and t.variants:
            missing.append(t)
    if missing:
        spans += _variant_spans(text, missing)
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


def snippet(text: str, parsed: ParsedQuery) -> str:
    """A window of text around the first match, each match in 【】, line breaks removed."""
    spans = match_spans(text, parsed)
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
