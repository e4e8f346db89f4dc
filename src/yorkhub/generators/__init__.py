"""Pages the hooks generate on every build, each a pure function of the catalogue.

Every module in this package with a ``generate(catalogue, context) -> Output``
function is run on every build (see ``yorkhub.plugins``). It receives the
catalogue of *published* pages, so drafts left out of a build and internal pages
left out of the public build never appear in a listing. It returns Markdown (or
other text, such as JSON or XML) for each generated file by site path, and any
problems. Generated pages are never written into docs/.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..problems import Problem


@dataclass
class Output:
    pages: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

