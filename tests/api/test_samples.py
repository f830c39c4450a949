"""The first start's workspace holds the sample meeting and comment table, parsed once and
then copied: a first start on a machine that has the built sample parses nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.api import Workbench
from app.api.samples import cached_sample_path


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.delenv("APPDATA", raising=False)
    return home


def _titles(bench: Workbench) -> list[str]:
    return sorted(d.title for d in bench.documents())


def test_first_start_workspaces_hold_the_samples_and_only_the_first_parses(tmp_path: Path, data_home: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    first = Workbench.open_or_sample(tmp_path / "first.gijiroku", samples=True)
    titles = _titles(first)
    assert len(titles) == 2 and any("会議録" in t for t in titles)
    assert all(d.sample for d in first.documents())
    first.close()
    assert cached_sample_path().is_file() and data_home in cached_sample_path().parents

    def no_parsing(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a second new workspace parsed the samples again")

    monkeypatch.setattr(Workbench, "parse", staticmethod(no_parsing))
    second = Workbench.open_or_sample(tmp_path / "second.gijiroku", samples=True)
    try:
        assert _titles(second) == titles
        assert all(d.sample for d in second.documents()), "the copy keeps the samples' mark"
        assert second.search("停留所"), "the copied workspace's search index answers"
    finally:
        second.close()


def test_an_existing_workspace_is_opened_as_it_is_and_a_later_new_one_starts_empty(
        tmp_path: Path, data_home: Path) -> None:
    path = tmp_path / "mine.gijiroku"
    Workbench(path).close()  # an empty workspace of the clerk's own
    for opened in (Workbench.open_or_sample(path, samples=True),
                   Workbench.open_or_sample(tmp_path / "later.gijiroku")):
        try:
            assert opened.documents() == []
        finally:
            opened.close()


def test_a_sample_built_by_an_older_version_is_not_copied(tmp_path: Path, data_home: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    Workbench.open_or_sample(tmp_path / "a.gijiroku", samples=True).close()
    old = cached_sample_path()
    monkeypatch.setattr("app.api.samples.sample_key", lambda: "newer-version")
    Workbench.open_or_sample(tmp_path / "b.gijiroku", samples=True).close()
    assert cached_sample_path().is_file() and not old.exists()
