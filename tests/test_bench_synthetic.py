"""The benchmarks' synthetic hub is a valid hub: a benchmark of a hub that fails its own checks
would measure the wrong thing."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import synthetic  # noqa: E402

from yorkhub import settings, site  # noqa: E402
from yorkhub.problems import errors  # noqa: E402


@pytest.mark.slow
def test_a_synthetic_hub_passes_every_check_the_build_makes(tmp_path):
    project = tmp_path / "hub"
    added = synthetic.make(ROOT, project, 80)
    assert added > 10
    plan = site.prepare(project, settings.load(project), date(2026, 12, 1))
    assert [str(p) for p in errors(plan.problems)] == []
