"""What a generator returns: the files it adds to the build, and any problems.

Generators are listed by each feature (see ``yorkhub.features``). Generated pages
are never written into docs/.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yorkhub.problems import Problem


@dataclass
class Output:
    pages: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
