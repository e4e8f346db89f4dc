"""``hub new guide``: numbering, file names, collisions and clear errors for bad arguments."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from yorkhub import cli
from yorkhub.commands import new
from yorkhub.features.guides import model as guides

ROOT = Path(__file__).resolve().parents[1]
THEMES = (
    "front-door, drift-and-delay, management-oversight, outcome-focused-planning, "
    "statutory-visits, voice-of-the-child, iro-challenge, multi-agency-engagement, "
    "exploitation-and-missing, recording-and-data, workforce-stability, reflective-supervision, "
    "permanence"
)
ROLES = (
    "social-worker, advanced-practitioner, team-manager, service-manager, head-of-service, "
    "assistant-director, director, principal-social-worker, head-of-quality-assurance, "
    "independent-reviewing-officer, child-protection-chair, ap-team, nominated-officer, "
    "agency-decision-maker"
)

AUDIT = """---
type: audit
id: jtai-2018
title: Joint Targeted Area Inspection, 2018
summary: What the 2018 joint inspection found.
owner: head-of-quality-assurance
status: draft
approver: principal-social-worker
kind: inspection
date: 2018-09-01
scope: The front door and children at risk of exploitation.
findings:
  - summary: Delay in some initial decisions.
    themes: [front-door]
    kind: improvement
---
# Joint Targeted Area Inspection, 2018
"""

EXPECTED = """---
type: one-minute-guide
number: 1
title: 'Core groups: why do they matter?'
summary: Write one sentence here saying what this guide is for.
owner: ap-team
status: draft
approver: principal-social-worker
version: "0.1"
published: 2020-02-29
review_by: 2021-02-28
audience: [social-workers]
themes: [multi-agency-engagement, drift-and-delay]
contact: ap-team
---

# Core groups: why do they matter?
"""


@pytest.fixture
def mini(tmp_path) -> Path:
    """A hub with its settings, registries and abbreviations, no pages and an empty guides folder."""
    for part in ("data", "includes"):
        shutil.copytree(ROOT / part, tmp_path / part)
    shutil.copy2(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "docs").mkdir()
    (tmp_path / "guides").mkdir()
    return tmp_path


def hub(root: Path, *args: str, capsys) -> tuple[int, str, str]:
    code = cli.main(["--root", str(root), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def guide(root: Path, name: str, number: int, status: str = "draft") -> None:
    (root / "guides" / name).write_text(
        f"---\ntype: one-minute-guide\nnumber: {number}\nstatus: {status}\n---\n# Old\n",
        encoding="utf-8",
    )


def test_a_new_guide_gets_number_one_a_slug_and_says_how_to_preview_it(mini, capsys):
    code, out, err = hub(
        mini,
        "new",
        "guide",
        "Why do core groups matter?",
        "--theme",
        "multi-agency-engagement",
        capsys=capsys,
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "hub new guide: created guides/0001-why-do-core-groups-matter.md (No. 1, a draft)",
        "Next: answer each question in the file, then run `make check`.",
        "Preview it: run `make serve`, then open http://127.0.0.1:8000/guides/0001-why-do-core-groups-matter/",
    ]
    text = (mini / "guides/0001-why-do-core-groups-matter.md").read_text()
    today = date.today()
    assert f"published: {today.isoformat()}\n" in text
    assert f"review_by: {guides.one_year_on(today).isoformat()}\n" in text


def test_the_template_gives_complete_front_matter_and_the_question_headings(mini):
    request = new.Request(
        "Core groups: why do they matter?",
        ["multi-agency-engagement", "drift-and-delay", "drift-and-delay"],
    )
    path = new.create(mini, request, date(2020, 2, 29))
    text = path.read_text()
    assert text.startswith(EXPECTED)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## What is it?",
        "## Why does it matter?",
        "## What do I need to do?",
        "## Where can I find out more?",
    ]
    assert text.count("<!--") == 5  # a prompt for the author under the title and under each heading
    assert text.endswith("**Contact:** the Advanced Practitioner team.\n")


def test_options_fill_audience_audits_contact_and_summary(mini):
    (mini / "docs/learning/audits").mkdir(parents=True)
    (mini / "docs/learning/audits/jtai-2018.md").write_text(AUDIT)
    request = new.Request(
        "Front door decisions",
        ["front-door"],
        ["social-workers", "managers"],
        ["jtai-2018"],
        "team-manager",
        "How to decide quickly at the front door.",
    )
    text = new.create(mini, request, date(2020, 3, 2)).read_text()
    assert "summary: How to decide quickly at the front door.\n" in text
    assert (
        "audience: [social-workers, managers]\nthemes: [front-door]\naudits: [jtai-2018]\ncontact: team-manager\n---\n"
        in text
    )
    assert text.endswith("**Contact:** the Team Manager.\n")


def test_numbers_are_never_reused_retired_guides_and_front_matter_numbers_count(mini):
    guide(mini, "0001-first.md", 1)
    guide(mini, "0003-retired.md", 3, status="retired")
    guide(
        mini, "0004-renumbered.md", 7
    )  # the front matter says 7: 7 is taken even if the file name says 4
    path = new.create(mini, new.Request("Another", ["permanence"]), date(2020, 3, 2))
    assert path.name == "0008-another.md"
    assert "number: 8\n" in path.read_text()


def test_a_guide_whose_file_name_exists_is_refused_and_nothing_is_written(mini, capsys):
    guide(mini, "0002-core-groups.md", 2, status="retired")
    before = sorted(p.name for p in (mini / "guides").iterdir())
    code, out, err = hub(
        mini, "new", "guide", "Core groups!", "--theme", "drift-and-delay", capsys=capsys
    )
    assert (code, out) == (2, "")
    assert err == (
        "hub new guide: title: a guide with the file name 'core-groups' already exists "
        "(guides/0002-core-groups.md): choose a different title, or edit that guide\n"
    )
    assert sorted(p.name for p in (mini / "guides").iterdir()) == before


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["", "--theme", "drift-and-delay"],
            'title: the title is empty: give the guide a title in quotes, for example hub new guide "Why do core groups matter?" --theme multi-agency-engagement',
        ),
        (
            ["!!!", "--theme", "drift-and-delay"],
            "title: '!!!' has no letters or numbers to make a file name from: use words in the title",
        ),
        (
            ["Title"],
            "--theme: give at least one audit learning theme, for example --theme drift-and-delay "
            f"(the ids are in data/themes.yml: {THEMES})",
        ),
        (
            ["Title", "--theme", "drift"],
            "--theme: unknown theme 'drift' (did you mean 'drift-and-delay'?): use an id from "
            f"data/themes.yml: {THEMES}",
        ),
        (
            ["Title", "--theme", "drift-and-dealy"],
            "--theme: unknown theme 'drift-and-dealy' (did you mean 'drift-and-delay'?): use an id "
            f"from data/themes.yml: {THEMES}",
        ),
        (
            ["Title", "--theme", "pudding"],
            f"--theme: unknown theme 'pudding': use an id from data/themes.yml: {THEMES}",
        ),
        (
            ["Title", "--theme", "permanence", "--audience", "socialworkers"],
            "--audience: expected one of social-workers, managers, new-starters, advanced-practitioners, iros, all-staff, "
            "partners, got 'socialworkers' (did you mean 'social-workers'?)",
        ),
        (
            ["Title", "--theme", "permanence", "--audit", "jtai"],
            "--audit: no audit has id 'jtai': use the id of an audit page in docs/learning/audits/ (known: none yet)",
        ),
        (
            ["Title", "--theme", "permanence", "--contact", "ap"],
            "--contact: unknown role 'ap' (did you mean 'ap-team'?): use an id from "
            f"data/roles.yml: {ROLES}",
        ),
    ],
)
def test_bad_arguments_exit_2_naming_the_argument_and_what_to_do(mini, capsys, args, message):
    code, out, err = hub(mini, "new", "guide", *args, capsys=capsys)
    assert (code, out, err) == (2, "", f"hub new guide: {message}\n")
    assert list((mini / "guides").iterdir()) == []


def test_an_unknown_audit_lists_the_known_ones_and_suggests_the_nearest(mini, capsys):
    (mini / "docs/learning/audits").mkdir(parents=True)
    (mini / "docs/learning/audits/jtai-2018.md").write_text(AUDIT)
    code, _, err = hub(
        mini, "new", "guide", "Title", "--theme", "front-door", "--audit", "jtai", capsys=capsys
    )
    assert code == 2
    assert err == (
        "hub new guide: --audit: no audit has id 'jtai' (did you mean 'jtai-2018'?): "
        "use the id of an audit page in docs/learning/audits/ (known: jtai-2018)\n"
    )


def test_every_bad_argument_is_reported_at_once_one_line_each(mini, capsys):
    code, out, err = hub(
        mini,
        "new",
        "guide",
        "!!!",
        "--theme",
        "pudding",
        "--theme",
        "permanence",
        "--contact",
        "ap",
        "--audience",
        "socialworkers",
        capsys=capsys,
    )
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [
        "title",
        "--theme",
        "--contact",
        "--audience",
        "4 mistakes",
    ]
    assert all(line.startswith("hub new guide: ") for line in lines)
    assert err.endswith("\n") and err.count("hub new guide:") == len(lines)  # none run together
    assert lines[-1] == "hub new guide: 4 mistakes: nothing was written"
    assert list((mini / "guides").iterdir()) == []


def test_personal_data_in_the_title_or_summary_is_refused_with_the_allow_syntax(mini, capsys):
    code, out, err = hub(
        mini,
        "new",
        "guide",
        "Call 07700 900123 about core groups",
        "--theme",
        "permanence",
        "--summary",
        "Ask jo.bloggs@example.com.",
        capsys=capsys,
    )
    assert (code, out) == (2, "")
    allow = 'personal_data_allow: [{value: "...", reason: "..."}]'
    assert err.splitlines() == [
        "hub new guide: title: personal data: phone number 077*********: remove it (the title and "
        "summary are shown in every listing and in search). If the service must publish it, write "
        f"it in the guide's text and allow it in its front matter: {allow}",
        "hub new guide: --summary: personal data: email address jo.******************: remove it "
        "(the title and summary are shown in every listing and in search). If the service must "
        f"publish it, write it in the guide's text and allow it in its front matter: {allow}",
        "hub new guide: 2 mistakes: nothing was written",
    ]
    assert "07700" not in err and "bloggs" not in err
    assert list((mini / "guides").iterdir()) == []


def test_a_title_on_two_lines_is_refused(mini, capsys):
    code, _, err = hub(mini, "new", "guide", "Core\ngroups", "--theme", "permanence", capsys=capsys)
    assert code == 2
    assert err == "hub new guide: title: the title has more than one line: put it on one line\n"


def test_only_guides_can_be_started(mini, capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--root", str(mini), "new", "policy", "Title"])
    assert stop.value.code == 2
    assert (
        "argument kind: invalid choice: 'policy' (choose from 'guide')" in capsys.readouterr().err
    )


def test_the_new_guide_passes_hub_check_as_it_is(mini):
    # The hub's own pages too: the generated pages link to them, and hub check checks links.
    shutil.rmtree(mini / "docs")
    shutil.copytree(ROOT / "docs", mini / "docs")
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "yorkhub.cli",
            "new",
            "guide",
            "Why do core groups matter?",
            "--theme",
            "multi-agency-engagement",
            "--audit",
            "jtai-2018",
            "--audience",
            "managers",
        ],
        cwd=mini,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    checked = subprocess.run(
        [sys.executable, "-m", "yorkhub.cli", "check", "--no-writing"],
        cwd=mini,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    assert checked.stderr == ""
    pages = len(list((ROOT / "docs").rglob("*.md"))) + 1
    assert checked.stdout.splitlines()[-1] == f"hub check: {pages} pages, no problems"
