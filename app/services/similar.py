"""Groups of public comments that say the same thing (同趣旨), so one answer covers them.

Each comment gets two tf-idf vectors, idf taken within the table: its Sudachi content nouns
(normalised forms, so 取組 and 取り組み agree) with their Sudachi synonym groups (so
デメリット meets 欠点 and ホームページ meets ウェブサイト) and the character bigrams of its kanji,
katakana and latin runs (so オープンデータ meets オープンデータ化 and 課題解決 meets 課題,
where Sudachi's mode C cuts compounds differently). A pair's similarity is the mean of the
two cosines, and a pair needs at least one shared noun, so every group can say why.
Comments are grouped by greedy average linkage: the strongest links first, and a link only
joins two groups when the groups' average pairwise similarity still reaches ``THRESHOLD``
(so a chain A~B~C does not pull in a C that has nothing to do with A).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from app.core.domain import CommentId, DocumentId
from app.core.text import normalize
from app.core.tokens import content_nouns_with_synonyms
from app.store import Store

# Chosen on the fixture tables: comments answered together score 0.30 (Sendai 12-13) and
# 0.20 (Shinagawa オープンデータ); unrelated comments on the same plan stay under 0.17 on average.
THRESHOLD = 0.2
SHARED_TERMS = 5
# A term in more than this share of the comments says nothing about which of them agree,
# and its posting list would cost a quadratic number of pair updates.
MAX_DF_SHARE = 0.5
# Runs of these characters give bigrams; kana particles and okurigana would only add noise.
CONTENT_RUN = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々a-z0-9]{2,}")

SYNONYM = "≈"  # prefix of a synonym group's entry in a noun bag
Vector = dict[str, float]
PairSims = dict[tuple[int, int], float]


@dataclass(frozen=True)
class SimilarGroup:
    """Comments that one answer could cover, with the terms they share (most telling first)."""

    comment_ids: tuple[CommentId, ...]
    nos: tuple[str, ...]
    shared_terms: tuple[str, ...]
    similarity: float  # the groups' average pairwise similarity when the last member joined


def char_bigrams(text: str) -> list[str]:
    """Bigrams of the kanji, katakana and latin runs of normalised text. Pure."""
    out: list[str] = []
    for run in CONTENT_RUN.findall(normalize(text).lower()):
        out.extend(run[k:k + 2] for k in range(len(run) - 1))
    return out


def _tfidf(bags: list[Counter[str]]) -> tuple[list[Vector], dict[str, float]]:
    """Unit-length tf-idf vectors (idf within these bags) and the idf of each term."""
    df = Counter(term for bag in bags for term in bag)
    n = len(bags)
    idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
    vectors = []
    for bag in bags:
        v = {t: (1 + math.log(c)) * idf[t] for t, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    return vectors, idf


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two unit-length sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def _dot_products(vectors: list[Vector]) -> PairSims:
    """Cosines of every pair sharing a term, through an inverted index (no all-pairs loop)."""
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, v in enumerate(vectors):
        for t, x in v.items():
            postings.setdefault(t, []).append((i, x))
    limit = max(2, int(len(vectors) * MAX_DF_SHARE))
    sims: PairSims = {}
    for plist in postings.values():
        if len(plist) > limit:
            continue
        for a in range(len(plist)):
            i, x = plist[a]
            for j, y in plist[a + 1:]:
                sims[(i, j)] = sims.get((i, j), 0.0) + x * y
    return sims


def noun_bags(texts: list[str]) -> tuple[list[Counter[str]], dict[str, set[str]]]:
    """Each text's nouns and synonym groups (``≈134``), and the nouns seen for each group."""
    bags, words = [], {}  # type: ignore[var-annotated]
    for text in texts:
        bag: Counter[str] = Counter()
        for term, groups in content_nouns_with_synonyms(text):
            bag[term] += 1
            for g in groups:
                bag[f"{SYNONYM}{g}"] += 1
                words.setdefault(f"{SYNONYM}{g}", set()).add(term)
        bags.append(bag)
    return bags, words


def pair_similarities(texts: list[str],
                      bags: list[Counter[str]]) -> tuple[PairSims, list[Vector], dict[str, float]]:
    """Similarity of every pair (i < j) that shares a noun or a synonym group (bags from
    ``noun_bags``), the noun vectors and their idf. Pure."""
    nouns, idf = _tfidf(bags)
    bigrams, _ = _tfidf([Counter(char_bigrams(t)) for t in texts])
    noun_sims = _dot_products(nouns)
    bigram_sims = _dot_products(bigrams)
    sims = {pair: (s + bigram_sims.get(pair, 0.0)) / 2 for pair, s in noun_sims.items() if s > 0}
    return sims, nouns, idf


def _average(a: list[int], b: list[int], sims: PairSims) -> float:
    total = sum(sims.get((min(i, j), max(i, j)), 0.0) for i in a for j in b)
    return total / (len(a) * len(b))


def _link(sims: PairSims, n: int, threshold: float) -> list[tuple[list[int], float]]:
    """Greedy average linkage over the links at or above threshold: (members, last average)."""
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    strength: dict[int, float] = {}
    for (i, j), s in sorted(sims.items(), key=lambda kv: (-kv[1], kv[0])):
        if s < threshold:
            break
        a, b = group_of[i], group_of[j]
        if a == b:
            continue
        avg = _average(members[a], members[b], sims)
        if avg < threshold:
            continue
        members[a].extend(members.pop(b))
        for k in members[a]:
            group_of[k] = a
        strength[a] = min(strength.get(a, 1.0), strength.pop(b, 1.0), avg)
    return [(sorted(m), strength[root]) for root, m in members.items() if len(m) > 1]


def similar_groups(texts: list[str],
                   threshold: float = THRESHOLD) -> list[tuple[list[int], list[str], float]]:
    """Groups (indices, shared terms, similarity) of texts with two or more members, in
    the order of their first member. Pure apart from the per-thread tokenizer."""
    bags, words = noun_bags(texts)
    sims, nouns, idf = pair_similarities(texts, bags)
    groups = _link(sims, len(texts), threshold)
    out = [(idx, _shared([nouns[i] for i in idx], idf, words), sim) for idx, sim in groups]
    return sorted(out, key=lambda g: g[0][0])


def _shared(vectors: list[Vector], idf: dict[str, float], words: dict[str, set[str]]) -> list[str]:
    """Terms in at least half of the group's comments (and two or more), most telling first;
    a shared synonym group reads as its words (ホームページ≒ウェブサイト) when the comments
    used different ones, and is left out when they used the same noun (already listed)."""
    counts = Counter(t for v in vectors for t in v)
    need = max(2, math.ceil(len(vectors) / 2))
    terms = [t for t, c in counts.items() if c >= need]
    out = []
    for t in sorted(terms, key=lambda t: (-counts[t], -idf[t], t)):
        if t.startswith(SYNONYM):
            used = sorted(words[t] & {w for v in vectors for w in v})
            if len(used) < 2:
                continue
            t = "≒".join(used)
        out.append(t)
    return out[:SHARED_TERMS]


def group_similar_comments(store: Store, doc_id: DocumentId) -> list[SimilarGroup]:
    """Groups of a comment table's comments that say the same thing.

    Thread: the store's (reads comments, then pure work: about 3 ms per comment for a
    few hundred). Returns [] for a meeting. Raises WorkbenchError('no_document') for an
    unknown id."""
    store.document_row(doc_id)
    comments = store.comments(doc_id)
    groups = similar_groups([c.text for c in comments])
    return [SimilarGroup(tuple(comments[i].id for i in idx), tuple(comments[i].no for i in idx),
                         tuple(terms), round(sim, 3)) for idx, terms, sim in groups]
