"""The scheme of delegation's data: every decision names known roles and areas.

A decision naming an unknown role or area, a missing field or a repeated id
fails the build with a message that says what to fix (see ``yorkhub.delegation``).
"""

from __future__ import annotations

from yorkhub.features.delegation.model import parse


def check(catalogue, context) -> list:
    _, problems = parse(context.data.get("delegation"), catalogue.registries["roles"])
    return problems
