"""Sudachi tokenising: one dictionary, loaded lazily, and one tokenizer per thread; long
text split to fit.

Sudachi refuses input longer than 49,149 bytes, so ``tokenize`` cuts longer text at
sentence boundaries (and hard-cuts a sentence that is itself too long) and shifts the
offsets back. SudachiPy lets go of the GIL while it tokenises, so ``terms_for_texts`` hands
every other batch to one helper thread: on two cores the index terms of an import take
about a third less time. Everything here is pure apart from those caches and that thread.
"""
from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.file_pages import read_only_file_maps, release_pages
from app.core.text import normalize

if TYPE_CHECKING:  # imported when the helper thread starts: `gijiroku list` needs no executor
    from concurrent.futures import ThreadPoolExecutor

# The largest input SudachiPy accepts in one call (its error message names this limit).
MAX_BYTES = 49_149
# Texts go to the two threads in batches of at most this many bytes (each text is still
# tokenised on its own: ``_batch_terms``).
BATCH_BYTES = 12_000
SENTENCE_END = re.compile(r"[。．！？!?]+[」』）)]*|\n")
# Part-of-speech heads that never carry meaning for search or keywords.
SKIP_POS = {"補助記号", "空白"}

_local = threading.local()
_shared: dict[str, Any] = {}  # the Sudachi dictionary, its skipped part-of-speech ids, the helper thread
_shared_lock = threading.Lock()
_TERM_CACHE: dict[str, str] = {}  # normalized_form -> its normalised search term (shared; dict ops are atomic)


@dataclass(frozen=True)
class Token:
    """One Sudachi morpheme with its offsets in the text given to ``tokenize``."""

    surface: str
    lemma: str  # dictionary_form: 検討し -> する
    norm: str  # normalized_form: 取組 -> 取り組み, シュミレーション -> シミュレーション
    pos: tuple[str, ...]  # 6 fields: 名詞, 普通名詞, サ変可能, *, conjugation type, form
    begin: int
    end: int
    synonyms: tuple[int, ...] = ()  # Sudachi synonym group ids: デメリット and 欠点 share 513


def tokenizer() -> Any:
    """This thread's Sudachi tokenizer (mode C), loaded on first use.

    Thread: any; each thread gets its own instance. Raises ImportError without SudachiPy.
    """
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        from sudachipy import SplitMode

        dictionary = _dictionary()
        tok = dictionary.tokenizer(mode=SplitMode.C)
        _local.tokenizer = tok
    return tok


def _dictionary() -> Any:
    """The process's Sudachi dictionary (about 60 ms to load; tokenizers made from it are cheap)."""
    with _shared_lock:
        if "dictionary" not in _shared:
            from sudachipy import Dictionary

            before = read_only_file_maps()
            dictionary = Dictionary()
            # loading reads all 72 MB of its lexicon entries once (a check): those pages are let go
            release_pages(read_only_file_maps() - before)
            _shared["skip_ids"] = _skip_pos_ids(dictionary)
            _shared["dictionary"] = dictionary
        return _shared["dictionary"]


def load_ahead() -> None:
    """Start loading the dictionary on a thread of its own and return at once (an import
    that will tokenise calls this before it parses: the load's 60-70 ms then overlap the
    parse's waits on PDFium and its page helper). Nothing happens once it is loaded; a
    failure is left for the first real use to report. Thread: any."""
    if "dictionary" not in _shared:
        # Not a daemon: a process that ends while the thread is inside SudachiPy (a file
        # refused at once) waits the load out; a daemon thread would be unwound there by
        # the interpreter's shutdown, which aborts the process ("exception not rethrown").
        threading.Thread(target=_load_quietly, name="sudachi-load").start()


def _load_quietly() -> None:
    try:
        _dictionary()
    except Exception:  # no SudachiPy, a damaged dictionary: the first tokenize() says so
        pass


def _helper() -> ThreadPoolExecutor | None:
    """The one helper thread that tokenises beside the caller; None on a single core."""
    if (os.cpu_count() or 1) < 2:
        return None
    with _shared_lock:
        if "helper" not in _shared:
            from concurrent.futures import ThreadPoolExecutor

            _shared["helper"] = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sudachi")
        helper: ThreadPoolExecutor = _shared["helper"]
        return helper


def _forget_threads_after_fork() -> None:
    """A forked worker process (bulk import) inherits the helper's executor but not its
    thread, and maybe a held lock: it starts afresh, or it would wait forever."""
    global _shared_lock
    _shared_lock = threading.Lock()
    _shared.pop("helper", None)


os.register_at_fork(after_in_child=_forget_threads_after_fork)


def _skip_pos_ids(dictionary: Any) -> frozenset[int]:
    """Ids of the parts of speech in SKIP_POS (comparing ids is cheaper than tuples)."""
    ids, i = set(), 0
    while (pos := dictionary.pos_of(i)) is not None:
        if pos[0] in SKIP_POS:
            ids.add(i)
        i += 1
    return frozenset(ids)


def _hard_split(text: str, max_bytes: int) -> Iterator[str]:
    """Cut text into pieces of at most max_bytes UTF-8 bytes, never inside a character."""
    start, size = 0, 0
    for i, ch in enumerate(text):
        n = len(ch.encode("utf-8"))
        if size + n > max_bytes:
            yield text[start:i]
            start, size = i, 0
        size += n
    if start < len(text):
        yield text[start:]


def split_for_sudachi(text: str, max_bytes: int = MAX_BYTES) -> list[str]:
    """Pieces of text, each at most max_bytes in UTF-8, cut after sentence ends where possible.

    Pure. ``"".join(result) == text`` always holds.
    """
    if len(text.encode("utf-8")) <= max_bytes:
        return [text] if text else []
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for sentence in sentence_spans(text, keep_all=True):
        s = text[sentence[0]:sentence[1]]
        n = len(s.encode("utf-8"))
        if n > max_bytes:
            if current:
                pieces.append("".join(current))
                current, size = [], 0
            pieces.extend(_hard_split(s, max_bytes))
            continue
        if size + n > max_bytes:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(s)
        size += n
    if current:
        pieces.append("".join(current))
    return pieces


def sentence_spans(text: str, keep_all: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence: up to 。！？ (with closing brackets) or a line break.

    With keep_all the spans cover the whole text (for splitting); otherwise blank spans
    are dropped. Pure.
    """
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    if keep_all:
        return spans
    return [(a, b) for a, b in spans if text[a:b].strip()]


def tokenize(text: str) -> list[Token]:
    """Sudachi morphemes of text (mode C), any length. Thread: any (per-thread tokenizer)."""
    out: list[Token] = []
    offset = 0
    tok = tokenizer()
    for piece in split_for_sudachi(text):
        for m in tok.tokenize(piece):
            out.append(Token(m.surface(), m.dictionary_form(), m.normalized_form(),
                             tuple(m.part_of_speech()), offset + m.begin(), offset + m.end(),
                             tuple(m.synonym_group_ids())))
        offset += len(piece)
    return out


def index_terms(text: str) -> list[str]:
    """The terms the variant index stores for text: normalised Sudachi normalized_forms,
    in order, without symbols or white space (so 取組 and 取り組み give the same term).

    Pure apart from the tokenizer; the same function tokenises queries.
    """
    terms = []
    for t in tokenize(normalize(text)):
        if t.pos[0] in SKIP_POS:
            continue
        term = normalize(t.norm)
        if term:
            terms.append(term)
    return terms


# Morphemes that have no spelling variants worth a search (particles, auxiliaries).
FUNCTION_POS = {"助詞", "助動詞"}


def variant_terms(word: str) -> tuple[str, ...]:
    """The terms a search word's variants are matched by (``index_terms`` of word), or ()
    when the word is only particles and auxiliaries written as Sudachi normalises them
    (にも, ますが, ではな): their terms would add only rows where a symbol separates them,
    and intersecting such common terms is what makes a search slow. Pure apart from the
    tokenizer."""
    tokens = [t for t in tokenize(normalize(word)) if t.pos[0] not in SKIP_POS]
    if all(t.pos[0] in FUNCTION_POS and normalize(t.norm) == normalize(t.surface) for t in tokens):
        return ()
    return tuple(term for t in tokens if (term := normalize(t.norm)))


def content_nouns(text: str) -> list[str]:
    """Nouns that characterise text (common and proper nouns, no numerals, pronouns or
    single kana), as normalised Sudachi normalized_forms. For keywords and similarity."""
    return [term for term, _groups in content_nouns_with_synonyms(text)]


def content_nouns_with_synonyms(text: str) -> list[tuple[str, tuple[int, ...]]]:
    """``content_nouns`` with each noun's Sudachi synonym group ids (ホームページ and
    ウェブサイト share one)."""
    out = []
    for t in tokenize(normalize(text)):
        if t.pos[0] != "名詞" or t.pos[1] not in ("普通名詞", "固有名詞"):
            continue
        term = normalize(t.norm)
        if len(term) < 2 and not re.match(r"[\u4e00-\u9fff]", term):
            continue
        if term.isdigit():
            continue
        out.append((term, t.synonyms))
    return out


def terms_for_texts(norms: list[str]) -> list[list[str]]:
    """``index_terms`` for many already-normalised texts, in batches: every other batch on
    the helper thread while this one does the rest. Thread: any.
    """
    out: list[list[str]] = [[] for _ in norms]
    batches: list[list[int]] = []
    batch: list[int] = []
    size = 0
    for i, text in enumerate(norms):
        n = len(text.encode("utf-8")) + 1
        if n > MAX_BYTES:
            out[i] = index_terms(text)
            continue
        if size + n > BATCH_BYTES and batch:
            batches.append(batch)
            batch, size = [], 0
        batch.append(i)
        size += n
    if batch:
        batches.append(batch)
    helper = _helper() if len(batches) > 1 else None
    aside = [helper.submit(_batch_terms, norms, b, out) for b in batches[1::2]] if helper else []
    for b in batches[0::2] if helper else batches:
        _batch_terms(norms, b, out)
    for future in aside:
        future.result()
    return out


def _batch_terms(norms: list[str], batch: list[int], out: list[list[str]]) -> None:
    """Fill out[i] for the texts of one batch (any thread), each text tokenised on its own:
    Sudachi reads a word at the end of a text differently when another text follows it
    (取り組み before a line break is the verb 取り組む, at the end the noun), and a search
    word is read alone, so only this gives every text the terms ``index_terms`` defines.
    One call a text also took less time than one call a batch (bench/bench_import.py).

    Each morpheme is asked for its part of speech first and for its normalised form only
    when it is indexed: 3 % fewer instructions than asking for both (callgrind); Sudachi's
    own work is the rest."""
    tok = tokenizer()  # loads the dictionary and the skipped part-of-speech ids
    cache, skip = _TERM_CACHE, _shared["skip_ids"]
    if len(cache) > 500_000:  # a bound on memory; the vocabulary of minutes is far smaller
        cache.clear()
    for i in batch:
        terms = out[i]
        for m in tok.tokenize(norms[i]):
            if m.part_of_speech_id() in skip:
                continue
            form = m.normalized_form()
            term = cache.get(form)
            if term is None:
                term = cache[form] = normalize(form)
            if term:
                terms.append(term)
