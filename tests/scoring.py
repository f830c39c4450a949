"""How close a parse comes to its expected reading: the project's own measures, used by the
tests on the documents in tests/fixtures/.

Text is compared after NFKC with white space and private-use glyphs dropped, so line
breaks and the spaces a PDF puts between scripts neither help nor hurt. Each measure is a
fraction, 1.0 meaning "as expected".
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from typing import Any

Json = dict[str, Any]
_TITLE = re.compile(r"(君|さん|様|氏)$")
_MARKS = re.compile(r"^[○◯〇◆◎◇□■●△▲・]+")


def squeeze(text: str | None) -> str:
    """NFKC, no white space, no private-use glyphs."""
    folded = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in folded if not ch.isspace() and not 0xE000 <= ord(ch) < 0xF900)


def bare_label(label: str | None) -> str | None:
    """座長（曽根委員） -> 座長, 本間君 -> 本間."""
    return _TITLE.sub("", re.sub(r"\(.*?\)", "", squeeze(label))) if label else None


def harmonic(hits: int, found: int, expected: int) -> float:
    precision = hits / found if found else float(not expected)
    recall = hits / expected if expected else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _joined(items: list[Json], key: str) -> tuple[str, list[int], list[int]]:
    """All items' squeezed text, the item of each character, and where each item starts."""
    text: list[str] = []
    owner: list[int] = []
    starts: list[int] = []
    for n, item in enumerate(items):
        piece = squeeze(item.get(key))
        starts.append(len(text))
        text.extend(piece)
        owner.extend([n] * len(piece))
    return "".join(text), owner, starts


def _char_map(expected: str, found: str) -> dict[int, int]:
    """For each character of `found` that lines up with `expected`, its index there."""
    blocks = SequenceMatcher(None, expected, found, autojunk=False).get_matching_blocks()
    return {b + k: a + k for a, b, size in blocks for k in range(size)}


def _speaker_names(turn: Json, expected: bool) -> set[str]:
    names = {bare_label(turn.get("speaker")), squeeze(turn.get("participant"))}
    if not expected:
        name = _TITLE.sub("", squeeze(turn.get("name")))
        if name:
            names |= {name + (bare_label(turn.get("speaker")) or ""), name}
    return {n for n in names if n}


def minutes_figures(expected: Json, parsed: Json) -> dict[str, float]:
    want, got = expected["turns"], parsed.get("turns", [])
    want_text, want_owner, want_starts = _joined(want, "text")
    got_text, got_owner, got_starts = _joined(got, "text")
    mapping = _char_map(want_text, got_text)
    want_agenda = [a.get("label") for a in expected.get("agenda", [])]
    got_agenda = [a.get("label") for a in parsed.get("agenda", [])]

    def agenda_label(labels: list[Any], index: Any) -> str | None:
        return squeeze(labels[index]) if isinstance(index, int) and 0 <= index < len(labels) else None

    speaker_hits = agenda_hits = 0
    for g_index, w_index in mapping.items():
        w_turn, g_turn = want[want_owner[w_index]], got[got_owner[g_index]]
        if w_turn["speaker"] is not None:
            speaker_hits += bool(_speaker_names(w_turn, True) & _speaker_names(g_turn, False))
        agenda_hits += (agenda_label(want_agenda, w_turn.get("agenda"))
                        == agenda_label(got_agenda, g_turn.get("agenda")))
    spoken = sum(1 for i in range(len(want_text)) if want[want_owner[i]]["speaker"] is not None)
    want_bounds = set(want_starts[1:]) - {len(want_text)}
    got_bounds = [mapping.get(p) for p in got_starts[1:] if p < len(got_text)]
    bound_hits = {p for p in got_bounds if p in want_bounds}
    w_labels = {squeeze(a) for a in want_agenda}
    g_labels = {squeeze(a) for a in got_agenda}
    meeting_w, meeting_g = expected.get("meeting", {}), parsed.get("meeting") or {}
    fields = [k for k in ("date", "start", "end", "venue") if meeting_w.get(k)]
    figures = {
        "text_f1": harmonic(len(mapping), len(got_text), len(want_text)),
        "speaker_acc": speaker_hits / spoken if spoken else 1.0,
        "turn_agenda_acc": agenda_hits / len(want_text) if want_text else 1.0,
        "boundary_f1": harmonic(len(bound_hits), len(got_bounds), len(want_bounds)),
        "agenda_f1": harmonic(len(w_labels & g_labels), len(g_labels), len(w_labels)),
        "meeting_fields": (sum(squeeze(str(meeting_g.get(k))) == squeeze(meeting_w[k]) for k in fields)
                           / len(fields)) if fields else 1.0,
    }
    if "signatories" in expected:
        figures["signatories"] = float({bare_label(x) for x in expected["signatories"]}
                                       == {bare_label(x) for x in parsed.get("signatories") or []})
    return figures


def _alike(a: str | None, b: str | None) -> float:
    return SequenceMatcher(None, squeeze(a), squeeze(b), autojunk=False).ratio()


def comments_figures(expected: Json, parsed: Json) -> dict[str, Any]:
    want, got = expected["comments"], parsed.get("comments", [])
    want_answers, got_answers = expected.get("responses", []), parsed.get("responses", [])
    want_text, _, _ = _joined(want, "text")
    got_text, _, _ = _joined(got, "text")

    def key(c: Json) -> tuple[Any, str]:
        return c.get("category"), squeeze(str(c.get("no")))

    by_key = {key(c): c for c in got}
    same = answered = linked = 0
    for c in want:
        mine = by_key.get(key(c))
        same += bool(mine and _alike(c["text"], mine.get("text")) >= 0.95)
        if c.get("response") is None:
            continue
        answered += 1
        index = mine.get("response") if mine else None
        if isinstance(index, int) and 0 <= index < len(got_answers):
            linked += _alike(want_answers[c["response"]]["text"], got_answers[index].get("text")) >= 0.95

    def sharing(cs: list[Json]) -> set[tuple[Any, Any]]:
        groups: dict[int, list[tuple[Any, str]]] = {}
        for c in cs:
            if isinstance(c.get("response"), int):
                groups.setdefault(c["response"], []).append(key(c))
        return {(a, b) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1:]}

    w_pairs, g_pairs = sharing(want), sharing(got)
    w_cats = {squeeze(c["label"]) for c in expected.get("categories", [])}
    g_cats = {squeeze(c.get("label")) for c in parsed.get("categories", [])}
    figures: dict[str, Any] = {
        "comment_text_f1": harmonic(len(_char_map(want_text, got_text)), len(got_text), len(want_text)),
        "comment_count": f"{len(got)}/{len(want)}",
        "comment_acc": same / len(want) if want else 1.0,
        "response_acc": linked / answered if answered else 1.0,
        "shared_response_f1": harmonic(len(w_pairs & g_pairs), len(g_pairs), len(w_pairs)),
        "category_f1": harmonic(len(w_cats & g_cats), len(g_cats), len(w_cats)),
    }
    if expected.get("declared_total") is not None:
        figures["declared_total"] = float(parsed.get("declared_total") == expected["declared_total"])
    return figures


def figures(expected: Json, parsed: Json) -> dict[str, Any]:
    if parsed.get("kind") != expected["kind"]:
        return {"kind": 0.0}
    return (minutes_figures if expected["kind"] == "minutes" else comments_figures)(expected, parsed)


def suggestion_figures(expected: Json, suggested: Json) -> dict[str, float]:
    """Precision and recall of suggested actions and decisions against the expected ones; a
    suggestion matches an unused expected item of its kind whose text contains it, is
    contained in it or is 80 % alike, the one on the same turn first."""
    out: dict[str, float] = {}
    items = suggested.get("suggestions", [])
    for key, kind in (("actions", "action"), ("decisions", "decision")):
        want = expected.get(key, [])
        mine = [x for x in items if x.get("kind") == kind]
        used: set[int] = set()
        for x in mine:
            a = squeeze(x.get("text"))
            free = [i for i, y in enumerate(want) if i not in used and a and (
                a in squeeze(y["text"]) or squeeze(y["text"]) in a or _alike(a, y["text"]) >= 0.8)]
            if free:
                same_turn = [i for i in free if want[i]["turn"] == x.get("turn")]
                used.add((same_turn or free)[0])
        out[f"{kind}_precision"] = len(used) / len(mine) if mine else float(not want)
        out[f"{kind}_recall"] = len(used) / len(want) if want else 1.0
    return out


def _first_keys(turns: list[Json], key: str) -> list[str]:
    return [squeeze(t.get(key))[:12] for t in turns]


def _ordered_pairs(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Index pairs of a longest common subsequence of a and b."""
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    i = j = 0
    pairs = []
    while i < n and j < m:
        if a[i] == b[j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _same_speaker(printed: str, turn: Json) -> bool:
    def plain(s: str | None) -> str:
        return _MARKS.sub("", squeeze(s))

    def untitled(s: str) -> str:
        return re.sub(r"(君|議員|氏|様|さん)(?=\)|$)", "", s)

    speaker, name = plain(turn.get("speaker")), squeeze(turn.get("name"))
    forms = {speaker, speaker + name, f"{speaker}({name})", name + speaker, plain(turn.get("label"))}
    return plain(printed) in forms or untitled(plain(printed)) in {untitled(f) for f in forms}


def real_minutes_figures(expected: Json, parsed: Json) -> dict[str, float]:
    """For a published document read by hand: turns counted, first turns found in order,
    their speakers, the date and the agenda headings."""
    turns = [t for t in parsed.get("turns", []) if t.get("speaker")]
    total = expected["turns_total"]
    pairs = _ordered_pairs(_first_keys(expected["turns"], "first15"), _first_keys(turns, "text"))
    out = {"turn_ratio": min(len(turns), total) / max(len(turns), total, 1),
           "start_recall": len(pairs) / max(len(expected["turns"]), 1),
           "speaker_acc": sum(_same_speaker(expected["turns"][i]["speaker"], turns[j]) for i, j in pairs)
           / max(len(pairs), 1)}
    if expected.get("meeting_date"):
        out["date"] = float(str((parsed.get("meeting") or {}).get("date")) == expected["meeting_date"])
    if expected.get("agenda"):
        ours = [squeeze(a.get("label")) for a in parsed.get("agenda", [])]
        wanted = [i for g in expected["agenda"] for i in (g["items"] if isinstance(g, dict) else [g])]
        out["agenda_recall"] = sum(any(squeeze(w)[:12] in o or o[:12] in squeeze(w) for o in ours if o)
                                   for w in wanted) / len(wanted)
    return out
