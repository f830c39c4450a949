"""The search tests' workspaces on both backends: a file, or a database of its own on the
tests' PostgreSQL server (the ``pg_server`` fixture of tests/conftest.py); ``Workspaces``
is in text_workspace.py."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from text_workspace import BACKENDS, Workspaces

from app.api import Workbench


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each search test runs on a workspace file and on a server workspace."""
    return str(request.param)


@pytest.fixture(scope="module")
def module_workspaces(backend: str, request: pytest.FixtureRequest) -> Iterator[Workspaces]:
    spaces = Workspaces(backend, request)
    yield spaces
    spaces.close()


@pytest.fixture
def workspaces(backend: str, request: pytest.FixtureRequest) -> Iterator[Workspaces]:
    spaces = Workspaces(backend, request)
    yield spaces
    spaces.close()


@pytest.fixture
def new_bench(workspaces: Workspaces) -> Callable[[], Workbench]:
    return workspaces.open
