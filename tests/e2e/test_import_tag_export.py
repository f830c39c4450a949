"""A clerk's whole path on the command line: import, tag, sign off, export signed, verify."""
from __future__ import annotations

from pathlib import Path

import docx

from tests.cli.test_cli import MINUTES_PDF, run


def test_import_tag_signoff_export_verify(tmp_path: Path) -> None:
    ws = tmp_path / "w.gijiroku"
    imported = run("import", MINUTES_PDF, workspace=ws)
    assert imported.returncode == 0, imported.stderr
    doc = imported.stdout.split("\t")[0]
    tagged = run("tag", doc, "11", "対応事項", "--owner", "情報政策課", "--due", "2016-03-31", workspace=ws)
    assert tagged.returncode == 0, tagged.stderr
    assert run("tag", doc, "3", "決定事項", workspace=ws).returncode == 0
    assert run("status", doc, "--set", "確認中", workspace=ws).returncode == 0
    assert run("status", doc, "--signoff", "柳生委員", workspace=ws).returncode == 0
    wrong = run("status", doc, "--signoff", "林委員", workspace=ws)
    assert wrong.returncode == 1 and "署名委員ではありません" in wrong.stderr
    early = run("status", doc, "--set", "確定", workspace=ws)
    assert early.returncode == 1 and "吉田委員" in early.stderr
    assert run("status", doc, "--signoff", "吉田委員", "--set", "確定", workspace=ws).returncode == 0

    key = tmp_path / "key.p12"
    made = run("keys", "new", "--out", key, "--name", "仙台 太郎", "--password", "pw")
    assert made.returncode == 0, made.stderr
    trusted = run("keys", "trust", key, "--password", "pw", workspace=ws)
    assert trusted.returncode == 0 and "SHA-256" in trusted.stdout
    out = tmp_path / "議事録.docx"
    exported = run("export", "minutes", doc, "--out", out, "--sign", key, "--password", "pw", workspace=ws)
    assert exported.returncode == 0, exported.stderr
    body = "".join(docx.Document(str(out)).element.body.itertext())  # the signature block is a content control
    assert "適切な表現を検討したい。" in body
    assert "事務局：まちづくり政策局情報政策部情報政策課" in body
    block = body[body.index("上記の会議の経過"):]
    assert "柳生委員" in block and "署名済" in block and "吉田委員" in block
    verified = run("verify", out, workspace=ws)
    assert verified.returncode == 0 and "有効" in verified.stdout and "仙台 太郎" in verified.stdout

    follow = tmp_path / "対応事項.csv"
    assert run("export", "followups", "--out", follow, workspace=ws).returncode == 0
    csv_text = follow.read_bytes().decode("utf-8-sig")
    assert "情報政策課" in csv_text and "適切な表現を検討したい" in csv_text

    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    tampered = run("verify", out, workspace=ws)
    assert tampered.returncode != 0 and "無効" in tampered.stdout + tampered.stderr
