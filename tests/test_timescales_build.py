"""Real builds: [[timescale:ID]] is filled in from data/timescales.yml; an unknown id fails clearly."""

from __future__ import annotations

import pytest
from factories import PAGE

pytestmark = pytest.mark.slow


def test_a_real_build_fills_in_timescales_and_links_each_to_its_row(small_hub):
    small_hub.write("docs/about/conferences.md", PAGE)
    built = small_hub.build()
    assert built.returncode == 0, built.log
    html = (built.site / "about/conferences/index.html").read_text(encoding="utf-8")
    assert (
        "must take place <strong>within 15 working days of the strategy discussion at which section 47 "
        'enquiries were started</strong> (<a class="hub-source" href="../../timescales/#icpc" title="Working Together to '
        'Safeguard Children 2023, chapter 3 (check the paragraph in the current edition)">statutory</a>).'
    ) in html
    assert (
        'Record it <strong>within the timescale your team manager sets</strong> (<a class="hub-source" href="../../timescales/#recording" '
        'title="The hub\'s sources do not say how soon York expects records to be written up.">no York standard yet</a>).'
    ) in html
    assert "<code>[[timescale:icpc]]</code>" in html
    table = (built.site / "timescales/index.html").read_text(encoding="utf-8")
    assert (
        '<td><strong id="icpc">Initial child protection conference (<abbr title="initial child protection conference">ICPC</abbr>)</strong></td>'
        in table
    )
    assert not (
        small_hub.root / "docs/timescales/index.md"
    ).exists()  # the page is generated, never typed
