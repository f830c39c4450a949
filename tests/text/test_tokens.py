"""Tokenising: the 49,149-byte limit of Sudachi, per-thread tokenizers, variant terms."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.core.tokens import MAX_BYTES, index_terms, split_for_sudachi, terms_for_texts, tokenize, tokenizer


def test_long_text_is_split_at_sentence_ends_within_the_limit() -> None:
    sentence = "情報政策課長が関係部署と調整して検討する。"  # 21 characters, 63 bytes
    text = sentence * 2000  # 126,000 bytes
    pieces = split_for_sudachi(text)
    assert "".join(pieces) == text
    assert len(pieces) == 3
    assert all(len(p.encode("utf-8")) <= MAX_BYTES for p in pieces)
    assert all(p.endswith("。") for p in pieces)
    tokens = tokenize(text)
    assert tokens[-1].end == len(text)
    assert sum(1 for t in tokens if t.norm == "検討") == 2000
    assert all(text[t.begin:t.end] == t.surface for t in tokens[::997])


def test_a_sentence_longer_than_the_limit_is_hard_split() -> None:
    text = "あ" * 20_000 + "。" + "い" * 5
    pieces = split_for_sudachi(text)
    assert "".join(pieces) == text
    assert all(len(p.encode("utf-8")) <= MAX_BYTES for p in pieces)
    assert len(tokenize(text)) > 1  # Sudachi accepted every piece


def test_limit_is_in_bytes_not_characters() -> None:
    text = "a" * MAX_BYTES
    assert split_for_sudachi(text) == [text]
    assert len(split_for_sudachi(text + "b")) == 2


def test_variants_share_terms() -> None:
    assert index_terms("取組") == index_terms("取り組み") == ["取り組み"]
    assert index_terms("ＩＣＴ") == index_terms("ICT") == ["ict"]
    assert index_terms("シュミレーション") == index_terms("シミュレーション")
    assert index_terms("附属") == index_terms("付属")
    assert terms_for_texts(["取組を検討", "ict"]) == [index_terms("取組を検討"), ["ict"]]


def test_a_text_followed_by_another_gets_the_terms_it_has_alone() -> None:
    """Sudachi reads 取り組み at the very end of a text as the noun, and before a line break
    as the verb 取り組む: an import that tokenised the texts joined gave the first text the
    verb, and a search for 取組 (read alone: the noun) missed it. Each text now gets
    exactly its own ``index_terms``."""
    texts = ["にもますが取り組み", "にも"]
    assert terms_for_texts(texts) == [index_terms(t) for t in texts]
    assert "取り組み" in terms_for_texts(texts)[0]


def test_one_tokenizer_per_thread() -> None:
    seen = []
    t = threading.Thread(target=lambda: seen.append(tokenizer()))
    t.start()
    t.join()
    assert seen[0] is not tokenizer()
    assert tokenizer() is tokenizer()


DICTIONARY_RESIDENT = """
import json, re
from app.core.tokens import _dictionary, index_terms
def resident():
    mib, mapped = 0.0, False
    for line in open("/proc/self/smaps"):
        if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
            mapped = line.rstrip().endswith("system.dic")
        elif mapped and line.startswith("Rss:"):
            mib += int(line.split()[1]) / 1024
    return mib
_dictionary()
loaded = resident()
terms = index_terms("令和五年度の予算について委員会で審議しました。")
print(json.dumps([loaded, terms]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps (Linux)")
def test_loading_the_dictionary_leaves_little_of_its_file_resident() -> None:
    """Loading SudachiDict reads its 72 MB of lexicon entries once (a check); those pages are
    let go once it is loaded, and the tokenizer still works with the pages it maps again.
    (How much tokenising maps back depends on the kernel's page cache: where the file's
    pages are cached as large folios, as right after installing it, each touch maps a whole
    folio — README, Measured.)"""
    out = subprocess.run([sys.executable, "-c", DICTIONARY_RESIDENT], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout
    resident_mib, terms = json.loads(out)
    assert terms == index_terms("令和五年度の予算について委員会で審議しました。")
    assert "予算" in terms
    assert resident_mib < 30, f"{resident_mib:.0f} MiB of the dictionary file resident after loading it"
