"""Each one minute guide has a number no other guide has, so a guide can be named by it; the
number starts its file's name (``0007-core-groups.md`` is No. 7), so the folder lists guides in
order and a file never says one number while its page says another."""

from __future__ import annotations

import posixpath
import re

from yorkhub.features.reference.unique_ids import repeated
from yorkhub.problems import Problem
from yorkhub.schema import GUIDE

_NAME = re.compile(r"^(\d+)-")


def check(catalogue, context) -> list[Problem]:
    return repeated(catalogue, "number") + _names(catalogue)


def _names(catalogue) -> list[Problem]:
    problems = []
    for page in catalogue.pages:
        number = page.meta.get("number")
        if page.type != GUIDE or not page.src.startswith("guides/") or number is None:
            continue
        name = posixpath.basename(page.src)
        match = _NAME.match(name)
        if match is None or int(match.group(1)) != number:
            problems.append(
                Problem(
                    page.src,
                    page.line("number"),
                    f"number: {number} does not match the file's name: rename the file "
                    f"{number:04d}-{_NAME.sub('', name)} or correct the number",
                )
            )
    return problems
