"""A package that loads its public names when first used (PEP 562's module ``__getattr__``),
so that importing one module of the package does not import all the others."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_names(package: dict[str, Any], module_of: dict[str, str]) -> Callable[[str], object]:
    """The ``__getattr__`` for the package whose ``globals()`` is ``package``: a name of
    ``module_of`` is imported from its module at first use and kept in the package; any
    other name (a submodule, imported as usual) is an AttributeError."""
    def getattr_(name: str) -> object:
        if name not in module_of:
            raise AttributeError(f"module {package['__name__']!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module_of[name]), name)
        package[name] = value
        return value

    return getattr_
