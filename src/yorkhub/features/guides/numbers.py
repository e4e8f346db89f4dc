"""Each one minute guide has a number no other guide has, so a guide can be named by it."""

from __future__ import annotations

from yorkhub.features.reference.unique_ids import repeated
from yorkhub.problems import Problem


def check(catalogue, context) -> list[Problem]:
    return repeated(catalogue, "number")
