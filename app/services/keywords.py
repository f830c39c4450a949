"""Keywords of a meeting or comment table: terms that characterise it against the workspace.

Score: tf-idf over Sudachi nouns, with the document's frequency of a noun against the
share of all index rows (turns, comments, responses) of the workspace that contain it.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from app.core.domain import DocumentId, Minutes
from app.core.tokens import content_nouns
from app.store import Store, search_index

# Only the most frequent nouns are looked up in the index (one FTS count each).
CANDIDATES = 150


@dataclass(frozen=True)
class Keyword:
    term: str
    score: float
    count: int  # occurrences in the document


def document_texts(store: Store, doc_id: DocumentId) -> list[str]:
    """The texts a document consists of: its turns, or its comments and responses."""
    doc = store.load_document(doc_id)
    if isinstance(doc, Minutes):
        return [t.text for t in doc.turns if t.speaker is not None]
    return [c.text for c in doc.comments] + [r.text for r in doc.responses]


def document_keywords(store: Store, doc_id: DocumentId, limit: int = 20) -> list[Keyword]:
    """The limit nouns that most characterise a document, best first.

    Thread: the store's. Raises WorkbenchError('no_document') for an unknown id."""
    counts = Counter(n for text in document_texts(store, doc_id) for n in content_nouns(text))
    total = max(1, search_index.row_count(store.db))
    scored = []
    for term, count in counts.most_common(CANDIDATES):
        df = search_index.term_row_count(store.db, term)
        idf = math.log((total + 1) / (df + 1)) + 1.0
        scored.append(Keyword(term, round((1 + math.log(count)) * idf, 4), count))
    scored.sort(key=lambda k: (-k.score, k.term))
    return scored[:limit]
