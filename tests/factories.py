"""Shared factories: a build's context made as the build makes it, with the real roles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from yorkhub.settings import Settings
from yorkhub.site import load_registries, make_context

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 1, 1)


def real_registries() -> dict:
    found, problems = load_registries(ROOT)
    assert problems == []
    return found


def context_and_problems(
    settings: Settings | None = None,
    today: date = TODAY,
    data: dict | None = None,
    glossary: dict | None = None,
    registries: dict | None = None,
):
    """The context and the data files' problems, as ``site.prepare`` makes them."""
    registries = registries or real_registries()
    return make_context(settings or Settings(), today, glossary or {}, data or {}, registries)


def context(**options):
    """A build's context; the data it is given is checked as the build checks it."""
    return context_and_problems(**options)[0]
