"""The end of the proceedings: the signature block, a final 以上, and the workbench's own
exported minutes read back from PDF."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from app.api import Workbench
from app.core.contract import from_json, to_json
from app.core.domain import Minutes
from app.core.progress import NO_PROGRESS
from parsers.minutes import parse_minutes
from tests.conftest import FIXTURES
from tests.parsers.minutes_builders import write_docx, write_text
from tests.scoring import minutes_figures

HEADER = ["第1回 テスト会議 議事録", "日時：令和6年4月1日 10:00～11:00", "出席者：", "曽根委員(座長)、林委員、森委員"]
ROWS = [("", "（開始 10：00）"), ("座長\n（曽根委員）", "始めます。"), ("林委員", "報告します。"),
        ("座長", "以上をもって閉会する。"), ("", "（終了 11：00）")]
BLOCK = ["　上記の会議の経過を記載し、その相違ないことを証するためここに署名する。", "",
         "令和６年４月１０日", "議事録署名委員　林委員　＿＿＿＿＿＿＿＿＿＿＿＿",
         "議事録署名委員　森委員　（令和6年4月12日 署名済）", "文書指紋（SHA-256）：0123abcd"]
SENDAI = FIXTURES / "sendai-ict-council-2016"


def _parse(path: Path) -> Minutes:
    return parse_minutes(path, "", NO_PROGRESS)


def test_signature_block_ends_the_proceedings_and_names_the_signatories(tmp_path: Path) -> None:
    m = _parse(write_docx(tmp_path / "s.docx", ROWS, header=HEADER, table=True, tail=BLOCK))
    assert [t.text for t in m.turns[-2:]] == ["以上をもって閉会する。", "（終了 11：00）"]
    assert not any("相違ない" in t.text or "指紋" in t.text or "署名委員" in t.text for t in m.turns)
    assert m.signatories == ("林委員", "森委員")
    assert m.warnings == ()


def test_appointment_in_the_proceedings_wins_over_the_block(tmp_path: Path) -> None:
    rows = [*ROWS[:2], ("座長", "議事録署名委員は、曽根委員と林委員にお願いしたい。"), *ROWS[2:]]
    m = _parse(write_docx(tmp_path / "a.docx", rows, header=HEADER, table=True, tail=BLOCK))
    assert m.signatories == ("曽根委員", "林委員")


def test_a_final_ijo_is_not_speech(tmp_path: Path) -> None:
    rows = [("", "○議長（山田太郎君）　閉会します。"), ("", "以上")]
    m = _parse(write_text(tmp_path / "e.txt", rows))
    assert [(t.speaker, t.text) for t in m.turns] == [("議長", "閉会します。")]


def test_attestation_quoted_mid_debate_stays_speech(tmp_path: Path) -> None:
    quote = "上記の会議の経過を記載し、その相違ないことを証するため署名する、という文言を確認したい。"
    rows = [("", "○議長（山田太郎君）　" + quote)] + [("", f"○議長（山田太郎君）　発言{i}です。") for i in range(45)]
    m = _parse(write_text(tmp_path / "q.txt", rows))
    assert m.turns[0].text == quote and len(m.turns) == 46


def _to_pdf(docx: Path, tmp_path: Path) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    assert exe is not None
    subprocess.run([exe, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                   check=True, capture_output=True, timeout=180)
    return tmp_path / (docx.stem + ".pdf")


def test_exported_minutes_read_back_from_pdf(bench: Workbench, tmp_path: Path) -> None:
    data = json.loads((SENDAI / "gold.json").read_text(encoding="utf-8"))
    data["source"] = {"path": str(SENDAI / "gold.json"), "format": "txt", "pages": None, "sha256": "gold"}
    doc_id, _ = bench.store_document(from_json(data))
    stored = bench.document(doc_id)
    bench.export_minutes(doc_id, tmp_path / "out.docx")
    m = _parse(_to_pdf(tmp_path / "out.docx", tmp_path))
    s = minutes_figures(to_json(stored), to_json(m))
    for key in ("text_f1", "speaker_acc", "boundary_f1"):
        assert s[key] >= 0.99, (key, s)
    assert s["signatories"] == 1.0, s
    assert not any("相違ない" in t.text or "指紋" in t.text for t in m.turns)
    assert m.turns[-1].text.replace(" ", "") == "（終了15：00）"


ASSEMBLY_END = """テスト市議会会議録
開催日：令和6年3月4日
出席議員
　１番　山　田　太　郎
　２番　鈴　木　花　子
議長
ただいまから会議を開きます。
○議長（山田太郎君）　本日はこれにて散会いたします。
　　午前11時05分　散会

　地方自治法第123条第２項の規定によりここに署名する。
　　　テスト市議会議長　山　田　太　郎
　　　テスト市議会議員　鈴　木　花　子
　　　テスト市議会議員　佐　藤　一　郎
"""


def test_assembly_signature_block_and_a_label_alone_after_the_roll(tmp_path: Path) -> None:
    path = tmp_path / "end.txt"
    path.write_text(ASSEMBLY_END, encoding="utf-8")
    m = _parse(path)
    assert [(t.speaker, t.participant, t.text) for t in m.turns] == [
        ("議長", "山田太郎", "ただいまから会議を開きます。"), ("議長", "山田太郎", "本日はこれにて散会いたします。"),
        (None, None, "午前11時05分\u3000散会")]
    assert m.signatories == ("鈴木花子", "佐藤一郎")
    assert m.warnings == ()
