"""The personal-data guard: what it must catch, what it must let through, and its messages."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import ROOT

from yorkhub import site
from yorkhub.catalogue import Catalogue
from yorkhub.context import Context
from yorkhub.features.safety import personal_data_check as check
from yorkhub.features.safety.personal_data import (
    CASE_ID,
    DOB,
    EMAIL,
    NHS,
    PHONE,
    POSTCODE,
    find,
    is_valid_nhs_number,
    mask,
    rules,
)
from yorkhub.page import Page
from yorkhub.problems import ERROR, NOTE, SetupError
from yorkhub.settings import Settings, load

# 07700 900xxx is Ofcom's range for drama; nobody's number.
MADE_UP_SERVICE_PHONE = "07700 900001"
RULES = rules({"phones": [MADE_UP_SERVICE_PHONE], "email_domains": ["york.gov.uk"]})

CAUGHT = [
    ("NHS 943 476 5919 on file", NHS, "943*********"),
    ("9434765919", NHS, "943*******"),
    ("943-476-5919", NHS, "943*********"),
    ("lives at YO1 7EX now", POSTCODE, "YO*****"),
    ("SW1A1AA", POSTCODE, "SW*****"),
    ("born 3 March 2015", DOB, "3 M*********"),
    ("DOB: 03/03/2015", DOB, "03/*******"),
    ("D.O.B 3.3.15", DOB, "3.****"),
    ("date of birth 2015-03-03", DOB, "201*******"),
    ("born on 3rd of March, 2015", DOB, "3rd***************"),
    ("03/03/2015 (DOB)", DOB, "03/*******"),
    ("born in March 2015", DOB, "Mar*******"),
    ("She was born on\n3 March 2015", DOB, "3 M*********"),
    ("call 07700 900123", PHONE, "077*********"),
    ("+44 7700 900123", PHONE, "+44************"),
    ("(01904) 555555", PHONE, "(01***********"),
    ("mail jane.doe@example.com", EMAIL, "jan*****************"),
    ("ID 1234567", CASE_ID, "12*****"),
    ("Mosaic ID: 98765", CASE_ID, "9****"),
    ("case number 123456", CASE_ID, "12****"),
]

LET_THROUGH = [
    "published: 2026-11-26",
    "Children Act 1989 s47",
    "within 15 working days",
    "Care Planning, Placement and Case Review (England) Regulations 2010, regulation 28",
    "version 1.2.3",
    "2019 2020 2021",
    "9434765918",  # fails the modulus 11 check
    "call 0800 1111",  # too short for a UK number
    "children born after 2015",
    MADE_UP_SERVICE_PHONE,
    "+44 (0)7700 900001",  # the same allowed number, written another way
    "practice@york.gov.uk",
    "team@sub.york.gov.uk",
]


@pytest.mark.parametrize("text,kind,masked", CAUGHT)
def test_personal_data_is_caught_and_masked(text, kind, masked):
    assert [(f.kind, f.masked) for f in find(text, RULES)] == [(kind, masked)]


@pytest.mark.parametrize("text", LET_THROUGH)
def test_ordinary_hub_text_raises_no_alarm(text):
    assert find(text, RULES) == []


def test_the_allow_lists_are_needed_to_let_a_number_or_email_through():
    strict = rules({})
    assert [f.kind for f in find(f"{MADE_UP_SERVICE_PHONE} or practice@york.gov.uk", strict)] == [
        PHONE,
        EMAIL,
    ]


@pytest.mark.parametrize(
    "digits,valid",
    [
        ("9434765919", True),
        ("4010232137", True),
        ("9434765918", False),
        ("0000000000", True),
        ("1234567890", False),
        ("943476591", False),
    ],
)
def test_nhs_modulus_11(digits, valid):
    assert is_valid_nhs_number(digits) is valid


@pytest.mark.parametrize(
    "value,masked", [("9434765919", "943*******"), ("abc", "a**"), ("ab", "**"), ("", "")]
)
def test_mask_shows_at_most_three_characters(value, masked):
    assert mask(value) == masked


@pytest.mark.parametrize(
    "allow,patterns,message",
    [
        ({"phone": []}, [], "allow: unknown setting 'phone': use phones or email_domains"),
        ({"phones": "01904"}, [], "allow.phones: expected a list of text values in quotes"),
        (
            {"phones": ["12345"]},
            [],
            "allow.phones: '1****' is not a UK phone number: write it as 01904 000000",
        ),
        (
            {},
            ["("],
            "case_id_patterns: '(' is not a valid regular expression (missing ), unterminated subpattern at position 0)",
        ),
    ],
)
def test_broken_settings_say_what_to_fix(allow, patterns, message):
    with pytest.raises(ValueError) as err:
        rules(allow, patterns)
    assert str(err.value) == message


def _page(body: str, **meta) -> Page:
    lines = {key: number for number, key in enumerate(meta, start=2)}
    return Page("docs/x.md", "x.md", meta, body, body_line=10, lines=lines)


def _check(*pages: Page, data: dict | None = None, **settings) -> list[str]:
    context = Context(
        Settings(allow={"phones": [], "email_domains": ["york.gov.uk"]}, **settings),
        date(2026, 1, 1),
        data=data or {},
    )
    return [
        ("note: " if p.severity == NOTE else "") + str(p)
        for p in check.check(Catalogue(list(pages), {}), context)
    ]


def test_findings_name_file_line_and_kind_and_never_the_whole_value():
    page = _page(
        "# Title\n\nText.\nThe child's NHS number is 943 476 5919.\n", title="Seen at YO1 7EX"
    )
    assert _check(page)[1:] == [
        'docs/x.md:2: personal data: postcode YO*****: remove it; if the page must publish it, allow it with a reason in the front matter: personal_data_allow: [{value: "...", reason: "..."}]',
        'docs/x.md:13: personal data: NHS number 943*********: remove it; if the page must publish it, allow it with a reason in the front matter: personal_data_allow: [{value: "...", reason: "..."}]',
    ]


def test_a_page_may_allow_a_value_with_a_reason_and_the_allowance_is_reported():
    allow = [
        {"value": "0190 4000 000", "reason": "the service's duty line"},
        {"value": "x@example.com", "reason": "old"},
    ]
    page = _page("Ring 01904 000000.\n", title="T", personal_data_allow=allow)
    assert _check(page)[1:] == [
        "note: docs/x.md:3: personal data allowed: phone number 019********* (the service's duty line)",
        "note: docs/x.md:3: personal_data_allow: 'x@e**********' is not on the page: remove it from the list",
    ]


def test_data_files_are_checked_and_the_settings_allow_list_is_summarised():
    data = {"timescales": [{"id": "icpc", "source": "ask 07700 900123"}]}
    assert _check(data=data) == [
        "note: mkdocs.yml: personal data allow-list (extra.hub.allow): 0 phone numbers; email domains: york.gov.uk",
        "data/timescales.yml: personal data in 1.source: phone number 077*********: remove it",
    ]


def test_broken_settings_stop_the_build_with_a_setup_error():
    with pytest.raises(
        SetupError, match="mkdocs.yml: extra.hub.case_id_patterns: '\\[' is not a valid"
    ):
        _check(case_id_patterns=["["])


def test_the_hubs_own_content_raises_no_false_alarm():
    """Every page in docs/ and guides/ and every data/*.yml file, as they are now."""
    plan = site.prepare(ROOT, load(ROOT), date(2026, 1, 1))
    found = [str(p) for p in plan.problems if p.severity == ERROR and "personal data" in p.message]
    assert found == []
    assert len(plan.catalogue.pages) + len(plan.excluded) > 10
