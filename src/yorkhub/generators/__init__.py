"""Pages the hooks generate on every build, each a pure function of the catalogue.

A generator takes the catalogue of published pages and a ``Context`` and returns
``Output``: Markdown for each generated page (by site path), children to add to
nav sections, and any problems. Generated pages are never written into docs/.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..problems import Problem
from ..settings import Settings

if TYPE_CHECKING:
    from ..catalogue import Catalogue


@dataclass(frozen=True)
class Context:
    settings: Settings
    today: date
    glossary: dict[str, str] = field(default_factory=dict)


@dataclass
class Output:
    pages: dict[str, str] = field(default_factory=dict)
    nav: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


Generator = Callable[["Catalogue", Context], Output]

from . import authoring, glossary_page, reviews  # noqa: E402  (the list below needs the modules)

GENERATORS: list[Generator] = [authoring.generate, glossary_page.generate, reviews.generate]
