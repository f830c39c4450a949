"""Cutting minutes down: the 要点記録 (tagged passages only) and the public version.

Pure over domain types. A passage is a whole turn (``None``) or a span ``(start, end)`` of
its text, as taggings store them; the caller (app/exporting.py) maps taggings to turns.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from app.core.domain import Minutes

Span = tuple[int, int] | None  # None: the whole turn
PRIVATE_MARK = "（非公開）"
OMISSION_MARK = "（略）"


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _bounded(spans: Sequence[Span], length: int) -> list[tuple[int, int]]:
    """Spans clipped to the text; a whole-turn passage becomes (0, length)."""
    out = []
    for s in spans:
        a, b = (0, length) if s is None else (max(0, s[0]), min(length, s[1]))
        if a < b:
            out.append((a, b))
    return _merged(out)


def _hide(text: str, start: int, end: int, hidden: list[tuple[int, int]]) -> str:
    """text[start:end] with each hidden part replaced by one （非公開）."""
    out, pos = [], start
    for a, b in hidden:
        a, b = max(a, start), min(b, end)
        if a >= b:
            continue
        out += [text[pos:a], PRIVATE_MARK]
        pos = b
    out.append(text[pos:end])
    return "".join(out)


def passage_text(text: str, keep: Sequence[Span] | None, hide: Sequence[Span]) -> str:
    """The kept passages of ``text`` (all of it when ``keep`` is None), joined by （略）,
    with the hidden passages replaced by （非公開）."""
    kept = [(0, len(text))] if keep is None else _bounded(keep, len(text))
    hidden = _bounded(hide, len(text))
    return OMISSION_MARK.join(_hide(text, a, b, hidden) for a, b in kept)


def cut_minutes(m: Minutes, keep: Mapping[int, Sequence[Span]] | None = None,
                hide: Mapping[int, Sequence[Span]] | None = None) -> Minutes:
    """The minutes with only the ``keep`` passages (per turn index; None keeps every turn)
    and with the ``hide`` passages replaced by （非公開）."""
    hide = hide or {}
    turns = []
    for i, turn in enumerate(m.turns):
        if keep is not None and i not in keep:
            continue
        text = passage_text(turn.text, None if keep is None else keep[i], hide.get(i, ()))
        turns.append(turn if text == turn.text else replace(turn, text=text))
    return replace(m, turns=tuple(turns))
