"""Pausing Python's cycle collector while a file is read.

Reading a file makes hundreds of thousands of small objects that all stay alive (a PDF's
character tuples, its lines, the turns) and none of which refer to each other in a cycle.
The collector runs every few hundred new objects and, as the live ones pile up, walks all
of them again and again: a quarter to two fifths of a PDF's page reading
(bench/bench_import.py). Reference counting still frees everything that is dropped; the
few cycles made meanwhile are collected once the collector runs again.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off inside, back as it was on leaving (nesting is fine)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
