"""Every extra.hub setting is checked in one place: a bad value is a message naming
mkdocs.yml and the field, in the build and in `hub check`, never a traceback."""

from __future__ import annotations

import pytest

from yorkhub.problems import SetupError
from yorkhub.settings import Settings

WHERE = "mkdocs.yml: extra.hub"
# One bad value per field, with the message a maintainer reads.
BAD = [
    (
        "word_budget",
        "five hundred",
        f"{WHERE}.word_budget: expected a whole number from 1 to 100,000, got 'five hundred'",
    ),
    (
        "word_budget",
        True,
        f"{WHERE}.word_budget: expected a whole number from 1 to 100,000, got True",
    ),
    (
        "coverage_months",
        1.5,
        f"{WHERE}.coverage_months: expected a whole number from 1 to 1,200, got 1.5",
    ),
    # A window counted back past year 1 would stop the build with a traceback.
    (
        "coverage_months",
        100_000,
        f"{WHERE}.coverage_months: expected a whole number from 1 to 1,200, got 100000",
    ),
    ("new_days", -3, f"{WHERE}.new_days: expected a whole number from 1 to 36,500, got -3"),
    (
        "new_days",
        10_000_000,
        f"{WHERE}.new_days: expected a whole number from 1 to 36,500, got 10000000",
    ),
    ("audience", "everyone", f"{WHERE}.audience: expected one of intranet, public, got 'everyone'"),
    ("drafts", 1, f"{WHERE}.drafts: expected one of exclude, preview, got 1"),
    (
        "default_visibility",
        "secret",
        f"{WHERE}.default_visibility: expected one of internal, public, got 'secret'",
    ),
    ("allow", "all", f"{WHERE}.allow: expected fields phones and email_domains"),
    (
        "allow",
        {"phones": "01904"},
        f"{WHERE}.allow.phones: expected a list of text values in quotes",
    ),
    (
        "case_id_patterns",
        "ID \\d+",
        f"{WHERE}.case_id_patterns: expected a list of regular expressions, got 'ID \\\\d+'",
    ),
    (
        "case_id_patterns",
        ["("],
        f"{WHERE}.case_id_patterns: '(' is not a valid regular expression "
        "(missing ), unterminated subpattern at position 0)",
    ),
    (
        "mailboxes",
        ["psw"],
        f"{WHERE}.mailboxes: expected role ids with an email address each, such as "
        "'principal-social-worker: name@example.org', got ['psw']",
    ),
    (
        "mailboxes",
        {"principal-social-worker": "mailto:psw"},
        f"{WHERE}.mailboxes.principal-social-worker: expected one email address "
        "(name@domain, no 'mailto:'), got 'mailto:psw'",
    ),
    (
        "colour",
        "blue",
        f"{WHERE}: unknown setting 'colour': use one of allow, audience, case_id_patterns, "
        "coverage_months, default_visibility, drafts, mailboxes, new_days, review_months, "
        "site_url, word_budget",
    ),
    ("review_months", 0, f"{WHERE}.review_months: expected a whole number from 1 to 1,200, got 0"),
    (
        "mailboxes",
        {"ap-team": "the AP team"},
        f"{WHERE}.mailboxes.ap-team: expected one email address (name@domain, no 'mailto:'), "
        "got 'the AP team'",
    ),
]


@pytest.mark.parametrize("name, value, message", BAD)
def test_each_bad_setting_names_mkdocs_yml_and_the_field(name, value, message):
    with pytest.raises(SetupError) as raised:
        Settings.from_mapping({name: value})
    assert str(raised.value) == message


def test_good_settings_are_kept_and_patterns_become_a_tuple():
    settings = Settings.from_mapping(
        {"word_budget": 400, "case_id_patterns": ["CS-(\\d{7})"], "allow": {"phones": []}},
        "https://hub.example.org/",
    )
    assert (settings.word_budget, settings.case_id_patterns) == (400, ("CS-(\\d{7})",))
    assert settings.site_url == "https://hub.example.org/"


def test_settings_that_are_not_a_mapping_and_a_bad_site_url_are_named():
    with pytest.raises(SetupError, match=r"^mkdocs.yml: extra.hub: expected settings"):
        Settings.from_mapping(["word_budget"])
    with pytest.raises(SetupError, match=r"^mkdocs.yml: site_url: expected an address"):
        Settings.from_mapping({}, "ftp://hub")


def _with_setting(small_hub, name: str, value) -> None:
    """mkdocs.yml with ``extra.hub.<name>`` set to ``value`` (the old line and its items gone)."""
    import yaml

    kept, skipping = [], False
    for line in (small_hub.root / "mkdocs.yml").read_text(encoding="utf-8").splitlines(True):
        if line.startswith(f"    {name}:"):
            skipping = True
            continue
        if skipping and line.startswith("      "):
            continue
        skipping = False
        kept.append(line)
    dumped = yaml.safe_dump(value, default_flow_style=True).strip().removesuffix("...").strip()
    text = "".join(kept).replace("  hub:\n", f"  hub:\n    {name}: {dumped}\n", 1)
    small_hub.write("mkdocs.yml", text)


@pytest.mark.slow
@pytest.mark.parametrize("name, value, message", BAD)
def test_hub_check_reports_each_bad_setting_without_a_traceback(small_hub, name, value, message):
    _with_setting(small_hub, name, value)
    checked = small_hub.hub("check")
    assert checked.returncode == 2, checked.stdout + checked.stderr
    assert checked.stderr.strip() == f"hub check: {message}"
    assert "Traceback" not in checked.stderr


@pytest.mark.slow
def test_the_build_stops_on_a_bad_setting_with_the_same_message(small_hub):
    text = (small_hub.root / "mkdocs.yml").read_text(encoding="utf-8")
    small_hub.write("mkdocs.yml", text.replace("word_budget: 500", "word_budget: five hundred"))
    built = small_hub.build()
    assert built.returncode == 1
    assert (
        f"{WHERE}.word_budget: expected a whole number from 1 to 100,000, got 'five hundred'"
        in built.log
    )
    assert "Traceback" not in built.log


def test_mailboxes_names_a_role_the_hub_does_not_know_and_a_domain_it_does_not_allow(registries):
    from yorkhub.settings import mailbox_problems

    settings = Settings.from_mapping(
        {
            "allow": {"email_domains": ["example.org"]},
            "mailboxes": {"principal-social-worker": "pages@example.org", "psw": "x@elsewhere.net"},
        }
    )
    assert mailbox_problems(settings, registries["roles"]) == [
        f"{WHERE}.mailboxes: 'psw' is not a role in data/roles.yml: use a role id, such as "
        "principal-social-worker",
        f"{WHERE}.mailboxes.psw: elsewhere.net is not one of the service's own email domains: "
        "add it to extra.hub.allow.email_domains, or use an address on one of them",
    ]
