"""The Word minutes name each speaker as the source did: a member the parse stored as the role
委員 with the name 青木 is 「青木委員」 in the speaker column, a chair with a name is
「会長（石川委員）」 — never a bare 委員 that leaves the reader guessing who spoke."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import docx

from app.api import Workbench
from app.core.domain import Minutes
from tests.conftest import gold_document

COUNCIL = "sendai-ict-council-2016"


def test_a_role_with_a_name_is_exported_with_the_name(bench: Workbench, tmp_path: Path) -> None:
    gold = gold_document(COUNCIL)
    assert isinstance(gold, Minutes)
    member = next(i for i, t in enumerate(gold.turns) if t.speaker == "林委員")
    chair = next(i for i, t in enumerate(gold.turns) if t.speaker == "座長")
    turns = list(gold.turns)
    turns[member] = dataclasses.replace(turns[member], speaker="委員", name="林", participant="林委員")
    turns[chair] = dataclasses.replace(turns[chair], speaker="会長", name="曽根", participant="曽根委員")
    doc_id, _ = bench.store_document(dataclasses.replace(gold, turns=tuple(turns)))
    out = tmp_path / "minutes.docx"
    bench.export_minutes(doc_id, out)
    rows = [(row.cells[0].text, row.cells[1].text) for row in docx.Document(str(out)).tables[0].rows]

    def label_of(index: int) -> str:
        start = turns[index].text[:12]
        return next(label for label, speech in rows if speech.startswith(start))

    assert label_of(member) == "林委員"
    assert label_of(chair) == "会長\n（曽根委員）"
