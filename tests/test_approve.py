"""hub approve and hub retire: what they write, what they refuse, and that nothing else changes."""

from __future__ import annotations

import difflib
from datetime import date

import pytest

from yorkhub import approval, cli
from yorkhub.approval import ApprovalError, Decision

GUIDE = "guides/0001-front-door-thresholds.md"
TODAY = date.today()


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines taken out and put in, as a diff sees them."""
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    return [d[2:] for d in diff if d.startswith("- ")], [d[2:] for d in diff if d.startswith("+ ")]


PAGE = """---
type: procedure
title: How do I transfer a case?
summary: The steps.
owner: principal-social-worker   # the owner role
status: draft
approver: principal-social-worker
version: "0.3"
keywords: [transfer,   handover]
review_by: 2027-01-01
---

# How do I transfer a case?

Body text stays as written.
"""


def decide(action, day=date(2026, 12, 2), note="", by="principal-social-worker"):
    return Decision(action, by, day, note)


def test_approving_changes_only_the_fields_an_approval_owns():
    after = approval.approve("docs/p.md", PAGE, decide("approved"))
    removed, added = changed_lines(PAGE, after)
    assert removed == ["status: draft", 'version: "0.3"', "review_by: 2027-01-01"]
    assert added == [
        "status: approved",
        'version: "1.0"',
        "approved_by: principal-social-worker",
        "approved: 2026-12-02",
        "last_reviewed: 2026-12-02",
        "review_by: 2027-12-02",
        "changes:",
        '  - version: "1.0"',
        "    date: 2026-12-02",
        "    action: approved",
        "    by: principal-social-worker",
        '    note: "First approved version."',
    ]
    # the comment, the odd spacing and the body are kept byte for byte
    assert "owner: principal-social-worker   # the owner role\n" in after
    assert "keywords: [transfer,   handover]\n" in after
    assert after.endswith("---\n\n# How do I transfer a case?\n\nBody text stays as written.\n")


def test_a_second_approval_raises_the_minor_version_and_appends_its_note():
    first = approval.approve("docs/p.md", PAGE, decide("approved"))
    second = approval.approve(
        "docs/p.md", first, decide("approved", date(2027, 1, 31), 'Step 3: "same day"')
    )
    meta = approval.read_meta("docs/p.md", second)
    assert meta["version"] == "1.1"
    assert meta["review_by"] == "2028-01-31"
    assert [c["note"] for c in meta["changes"]] == ["First approved version.", 'Step 3: "same day"']


def test_windows_line_ends_are_kept():
    crlf = PAGE.replace("\n", "\r\n")
    after = approval.approve("docs/p.md", crlf, decide("approved"))
    assert "\n" not in after.replace("\r\n", "")
    assert after.count("\r\n") == crlf.count("\r\n") + 9


@pytest.mark.parametrize(
    "version, first, raised",
    [(None, True, "1.0"), ("0.1", True, "1.0"), ("1.0", False, "1.1"), ("2.9", False, "2.10")],
)
def test_the_version_an_approval_gives(version, first, raised):
    assert approval.raised(version, first) == raised


@pytest.mark.parametrize(
    "day, months, due",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2027, 12, 31), 2, date(2028, 2, 29)),
        (date(2026, 12, 2), 12, date(2027, 12, 2)),
    ],
)
def test_the_next_review_is_months_later_on_the_same_day_or_the_months_last(day, months, due):
    assert approval.add_months(day, months) == due


@pytest.mark.parametrize(
    "text, action, note, message",
    [
        (
            PAGE.replace("status: draft", "status: retired"),
            "approved",
            "",
            "docs/p.md: the page is retired: a retired page is not approved again",
        ),
        (PAGE, "retired", " ", "docs/p.md: say why it is retired and what replaces it"),
        (
            approval.approve("docs/p.md", PAGE, decide("approved")),
            "approved",
            "",
            "docs/p.md: say what changed in this version",
        ),
        (
            PAGE.replace('version: "0.3"', 'version: "draft two"'),
            "approved",
            "",
            "version: 'draft two' is not a number such as '1.0'",
        ),
        (
            PAGE.replace("review_by: 2027-01-01", "review_by:\n  2027-01-01"),
            "approved",
            "",
            "docs/p.md:10: review_by runs over several lines",
        ),
    ],
)
def test_what_cannot_be_recorded_says_why(text, action, note, message):
    made = approval.approve if action == "approved" else approval.retire
    with pytest.raises(ApprovalError) as err:
        made("docs/p.md", text, decide(action, note=note))
    assert str(err.value).startswith(message)


def hub(root, capsys, *args):
    code = cli.main(["--root", str(root), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.slow
def test_hub_approve_records_the_approval_prints_the_diff_and_the_page_still_checks(
    hub_copy, capsys
):
    path = hub_copy.root / GUIDE
    before = path.read_text()
    code, out, err = hub(hub_copy.root, capsys, "approve", GUIDE, "--by", "principal-social-worker")
    assert (code, err) == (0, "")
    after = path.read_text()
    assert f"+approved: {TODAY.isoformat()}" in out and "-status: draft" in out
    assert out.splitlines()[-1] == (
        f"hub approve: {GUIDE}: version 1.0 approved by principal-social-worker on "
        f"{TODAY.isoformat()}; it goes live with the next build"
    )
    removed, _ = changed_lines(before, after)
    assert removed == ["status: draft", 'version: "0.1"', "review_by: 2027-11-30"]
    assert hub(hub_copy.root, capsys, "check")[0] == 0

    code, out, err = hub(
        hub_copy.root, capsys, "retire", GUIDE, "--by", "principal-social-worker",
        "--note", "Replaced by guide 2.",
    )  # fmt: skip
    assert code == 0, err
    assert approval.read_meta(GUIDE, path.read_text())["status"] == "retired"


@pytest.mark.slow
def test_hub_approve_refuses_with_a_reason_and_changes_nothing(hub_copy, capsys):
    root, path = hub_copy.root, hub_copy.root / GUIDE
    roles = root / "data/roles.yml"
    # The AP team may approve guides here, but not a guide it wrote (its owner and contact).
    text = roles.read_text().replace(
        "- id: ap-team\n  title: Advanced Practitioner team\n",
        "- id: ap-team\n  title: Advanced Practitioner team\n  approves: [one-minute-guide]\n",
    )
    roles.write_text(text)
    broken = root / "guides/0002-drift-and-delay.md"
    broken.write_text(broken.read_text().replace("audience:", "audience: [everyone]\nold:", 1))
    before = {p: p.read_bytes() for p in (path, broken)}
    cases = [
        (
            [GUIDE, "--by", "team-manager"],
            1,
            "hub approve: --by team-manager may not approve a page of type 'one-minute-guide' "
            "(data/roles.yml, approves:): use principal-social-worker, ap-team",
        ),
        (
            [GUIDE, "--by", "principle-social-worker"],
            1,
            "hub approve: --by unknown role 'principle-social-worker' (did you mean "
            "'principal-social-worker'?): use an id from data/roles.yml",
        ),
        (
            [GUIDE, "--by", "ap-team"],
            1,
            "hub approve: --by ap-team wrote this guide (its owner or contact): another role "
            "must approve it, such as principal-social-worker",
        ),
        (
            ["docs/nowhere.md", "--by", "principal-social-worker"],
            2,
            "hub approve: docs/nowhere.md: not a page the hub builds: check the path",
        ),
        (
            ["mkdocs.yml", "--by", "principal-social-worker"],
            2,
            "hub approve: mkdocs.yml: pages live in docs/ and guides/: give a page's file",
        ),
    ]
    for args, code, message in cases:
        assert hub(root, capsys, "approve", *args)[::2] == (code, message + "\n"), args
    code, _, err = hub(root, capsys, "approve", str(broken), "--by", "principal-social-worker")
    assert code == 1
    assert err.startswith(
        "hub approve: guides/0002-drift-and-delay.md has problems: fix them, then run the "
        "command again\n  guides/0002-drift-and-delay.md:"
    )
    assert "guides/0002-drift-and-delay.md:16: old: unknown field" in err
    assert {p: p.read_bytes() for p in before} == before


@pytest.mark.slow
def test_hub_approve_refuses_an_untouched_template(hub_copy, capsys):
    code, out, err = hub(
        hub_copy.root, capsys, "new", "guide", "Why do core groups matter?", "--theme",
        "multi-agency-engagement",
    )  # fmt: skip
    assert code == 0, err
    made = sorted((hub_copy.root / "guides").glob("*why-do-core-groups-matter.md"))
    assert len(made) == 1
    before = made[0].read_bytes()
    label = made[0].relative_to(hub_copy.root).as_posix()
    code, _, err = hub(hub_copy.root, capsys, "approve", label, "--by", "principal-social-worker")
    assert code == 1
    assert err.startswith(
        f"hub approve: {label} has problems: fix them, then run the command again\n"
    )
    assert f"  {label}:5: summary: still the template's placeholder" in err
    assert made[0].read_bytes() == before


@pytest.mark.slow
def test_hub_approve_refuses_a_page_with_a_broken_link_as_the_build_would(hub_copy, capsys):
    page = hub_copy.root / "docs/standards/child-in-need.md"
    page.write_text(page.read_text() + "\nSee [the visits standard](visits.md).\n")
    line = page.read_text().count("\n")
    code, _, err = hub(
        hub_copy.root, capsys, "approve", "docs/standards/child-in-need.md", "--by",
        "principal-social-worker", "--note", "Links added.",
    )  # fmt: skip
    assert code == 1
    assert f"  docs/standards/child-in-need.md:{line}: " in err and "visits.md" in err
