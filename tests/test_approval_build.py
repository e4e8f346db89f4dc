"""What readers see of an approval in a real build: the page's last change and history, the
amendments log, What's new, the feed and pages.json, all from what hub approve wrote."""

from __future__ import annotations

import json
import re
from datetime import date
from html import unescape

import pytest

from yorkhub import cli
from yorkhub.markdown import day, month

GUIDE = "guides/0001-front-door-thresholds.md"
STANDARD = "docs/standards/child-protection.md"
TODAY = date.today()


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def facts_text(html: str) -> str:
    """The facts box's words, up to the report-a-problem line."""
    box = html[html.index('class="hub-facts"') :].split("</dl>")[0]
    return text_of(box.split(">", 1)[1])


@pytest.fixture(scope="module")
def approved(tmp_path_factory):
    """A copy of the hub with a guide approved twice and a standard approved once, built."""
    from conftest import copy_project

    hub = copy_project(tmp_path_factory.mktemp("approved"))
    for args in (
        [GUIDE, "--by", "principal-social-worker"],
        [GUIDE, "--by", "principal-social-worker", "--note", "Step 2 says who <decides>."],
        [STANDARD, "--by", "principal-social-worker", "--note", "Core group timescale added."],
    ):
        assert cli.main(["--root", str(hub.root), "approve", *args]) == 0
    built = hub.build()
    assert built.returncode == 0, built.log
    return built.site


@pytest.mark.slow
def test_an_approved_page_shows_its_last_change_and_its_history(approved):
    html = (approved / "guides/0001-front-door-thresholds/index.html").read_text()
    facts = text_of(html[html.index('class="hub-facts"') :].split("</aside>")[0])
    assert f"Last changed {day(TODAY)}: Step 2 says who <decides>. See the page's history" in facts
    assert "Version 1.1" in facts and "Status Approved" in facts
    history = html[html.index('id="page-history"') :].split("</details>")[0]
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", history)
    assert rows == [
        (
            "1.1",
            day(TODAY),
            "Approved by Principal Social Worker",
            "Step 2 says who &lt;decides&gt;.",
        ),
        ("1.0", day(TODAY), "Approved by Principal Social Worker", "First approved version."),
    ]
    draft = (approved / "standards/child-in-need/index.html").read_text()
    assert facts_text(draft).endswith("Last changed No approved version yet")
    assert 'id="page-history"' not in draft


@pytest.mark.slow
def test_the_amendments_log_whats_new_the_feed_and_pages_json_share_the_record(approved):
    log = text_of((approved / "about/amendments/index.html").read_text())
    assert f"{month(TODAY)}" in log
    assert log.count("Principal Social Worker") >= 3
    assert "Core group timescale added." in log and "New: First approved version." in log
    whats_new = text_of((approved / "whats-new/index.html").read_text())
    assert "Step 2 says who <decides>." in whats_new
    feed = (approved / "feed.xml").read_text()
    assert "<summary>Core group timescale added.</summary>" in feed
    pages = {p["path"]: p for p in json.loads((approved / "pages.json").read_text())}
    assert pages["standards/child-protection/"] | {"title": None} == {
        "path": "standards/child-protection/",
        "title": None,
        "type": "practice-standard",
        "owner": "principal-social-worker",
        "status": "approved",
        "version": "1.0",
        "last_reviewed": TODAY.isoformat(),
        "review_by": TODAY.replace(year=TODAY.year + 1).isoformat()
        if (TODAY.month, TODAY.day) != (2, 29)
        else date(TODAY.year + 1, 2, 28).isoformat(),
        "approved_by": "principal-social-worker",
        "approved": TODAY.isoformat(),
        "change_note": "Core group timescale added.",
    }
    assert pages["standards/child-in-need/"]["approved_by"] is None
