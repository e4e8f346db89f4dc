"""Find the hub's generators, checks and transforms: every module of a package
that defines the named function, in module-name order.

Adding a generated page or a content check is adding one module; nothing else
needs editing, so features stay in files of their own.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType


def functions(package: ModuleType, name: str) -> list[Callable]:
    """``name`` from each module of ``package`` that has it, sorted by module name."""
    found = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if callable(getattr(module, name, None)):
            found.append(getattr(module, name))
    return found
