"""Groups of public comments that say the same thing (同趣旨), so one answer covers them.

Each comment becomes a tf-idf vector of its Sudachi nouns (idf within the table); comments
whose cosine similarity reaches ``THRESHOLD`` are linked, and linked comments form a group.
A group shows why: the key terms its comments share.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from app.domain import CommentId, DocumentId
from app.store import Store
from app.tokens import content_nouns

# Chosen on the Sendai table: its comments answered together (Nos. 12-13) score 0.29.
THRESHOLD = 0.25
SHARED_TERMS = 5


@dataclass(frozen=True)
class SimilarGroup:
    """Comments that one answer could cover, with the terms they share (most telling first)."""

    comment_ids: tuple[CommentId, ...]
    nos: tuple[str, ...]
    shared_terms: tuple[str, ...]
    similarity: float  # the weakest link that joined the group


def _vectors(texts: list[str]) -> tuple[list[dict[str, float]], dict[str, float]]:
    bags = [Counter(content_nouns(t)) for t in texts]
    df = Counter(term for bag in bags for term in bag)
    n = len(texts)
    idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
    vectors = []
    for bag in bags:
        v = {t: (1 + math.log(c)) * idf[t] for t, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    return vectors, idf


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two unit-length sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def similar_groups(texts: list[str], threshold: float = THRESHOLD) -> list[tuple[list[int], list[str], float]]:
    """Groups (indices, shared terms, weakest link) of texts with two or more members. Pure."""
    vectors, idf = _vectors(texts)
    parent = list(range(len(texts)))
    weakest: dict[int, float] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links = []
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            s = cosine(vectors[i], vectors[j])
            if s >= threshold:
                links.append((s, i, j))
    for s, i, j in sorted(links, reverse=True):
        a, b = find(i), find(j)
        if a != b:
            parent[b] = a
            weakest[a] = min(weakest.get(a, 1.0), weakest.pop(b, 1.0), s)
    members: dict[int, list[int]] = {}
    for i in range(len(texts)):
        members.setdefault(find(i), []).append(i)
    out = []
    for root, idx in members.items():
        if len(idx) > 1:
            out.append((idx, _shared(vectors, idx, idf), weakest.get(root, 1.0)))
    return sorted(out, key=lambda g: g[0][0])


def _shared(vectors: list[dict[str, float]], idx: list[int], idf: dict[str, float]) -> list[str]:
    """Terms in at least half of the group's comments (and two or more), most telling first."""
    counts = Counter(t for i in idx for t in vectors[i])
    need = max(2, math.ceil(len(idx) / 2))
    terms = [t for t, c in counts.items() if c >= need]
    return sorted(terms, key=lambda t: (-counts[t], -idf[t], t))[:SHARED_TERMS]


def group_similar_comments(store: Store, doc_id: DocumentId) -> list[SimilarGroup]:
    """Groups of a comment table's comments that say the same thing.

    Thread: the store's (reads comments, then pure work; about 1 ms per comment pair batch).
    Returns [] for a meeting. Raises WorkbenchError('no_document') for an unknown id."""
    store.document_row(doc_id)
    comments = store.comments(doc_id)
    groups = similar_groups([c.text for c in comments])
    return [SimilarGroup(tuple(comments[i].id for i in idx), tuple(comments[i].no for i in idx),
                         tuple(terms), round(sim, 3)) for idx, terms, sim in groups]
