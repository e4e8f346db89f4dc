"""Real builds: [[timescale:ID]] is filled in from data/timescales.yml; an unknown id fails clearly."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PAGE = """---
type: reference
title: Conferences
summary: When conferences happen.
owner: principal-social-worker
status: draft
approver: principal-social-worker
---
# Conferences

The initial child protection conference must take place [[timescale:icpc]].
Write `[[timescale:icpc]]` in a page to show it.
Record it [[timescale:recording]].
"""
UNKNOWN = "The first core group must meet [[timescale:first-core-grop]].\n"


def test_a_real_build_fills_in_timescales_and_links_each_to_its_row(hub_copy):
    hub_copy.write("docs/about/conferences.md", PAGE)
    built = hub_copy.build()
    assert built.returncode == 0, built.log
    html = (built.site / "about/conferences/index.html").read_text(encoding="utf-8")
    assert (
        "must take place <strong>within 15 working days of the strategy discussion at which section 47 "
        'enquiries were started</strong> (<a href="../../timescales/#icpc" title="Working Together to '
        'Safeguard Children 2023, chapter 3 (check the paragraph in the current edition)">statutory</a>).'
    ) in html
    assert (
        'Record it <strong>within the timescale your team manager sets</strong> (<a href="../../timescales/#recording" '
        'title="The hub\'s sources do not say how soon York expects records to be written up.">no York standard yet</a>).'
    ) in html
    assert "<code>[[timescale:icpc]]</code>" in html
    table = (built.site / "timescales/index.html").read_text(encoding="utf-8")
    assert (
        '<td><strong id="icpc">Initial child protection conference (<abbr title="initial child protection conference">ICPC</abbr>)</strong></td>'
        in table
    )
    assert not (
        hub_copy.root / "docs/timescales/index.md"
    ).exists()  # the page is generated, never typed


def test_an_unknown_timescale_fails_the_build_and_hub_check_with_its_line_and_a_suggestion(
    hub_copy,
):
    hub_copy.write("docs/about/conferences.md", PAGE + "\n" + UNKNOWN)
    built = hub_copy.build()
    checked = hub_copy.hub("check")
    message = (
        "docs/about/conferences.md:15: [[timescale:first-core-grop]]: no timescale has this id "
        "(did you mean 'first-core-group'?): use an id from data/timescales.yml (listed on the Timescales at a glance page)"
    )
    assert built.returncode == 1
    assert built.warnings() == [f"WARNING -  hub: {message}"]
    assert checked.returncode == 1
    assert [line for line in checked.stderr.splitlines() if line.startswith("docs/")] == [message]


def test_broken_timescale_data_fails_the_build_naming_the_entry_and_field(hub_copy):
    data = hub_copy.root / "data/timescales.yml"
    text = data.read_text(encoding="utf-8")
    start = text.index("- id: icpc\n")
    source = text.index("  source: ", start)
    broken = text[:source] + text[text.index("\n", source) + 1 :]
    data.write_text(broken, encoding="utf-8")
    line = broken[:start].count("\n") + 1  # the entry's first line, since the field is missing
    built = hub_copy.build()
    assert built.returncode == 1
    assert built.warnings() == [
        f"WARNING -  hub: data/timescales.yml:{line}: icpc: source: missing: a statutory timescale "
        "must name its regulation or guidance (with the paragraph where known)"
    ]
