"""Personal data however it is written (issue 15, class 4): the detectors see the text a
reader sees, plus URLs, file names, YAML integers and mkdocs.yml; a property test of the
normaliser (``reader_text.resolve``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yorkhub.features.safety import personal_data as pd
from yorkhub.features.safety.reader_text import resolve

RULES = pd.rules({"phones": [], "email_domains": ["york.gov.uk"]}, pd.DEFAULT_CASE_ID_PATTERNS)
NHS_DIGITS = "9434765919"  # made up; passes the modulus 11 check


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("NHS 943&nbsp;476&nbsp;5919", pd.NHS),
        ("NHS 943&#160;476&#160;5919", pd.NHS),
        ("NHS 943\u00a0476\u00a05919", pd.NHS),
        ("NHS 9\u200b43 476 5919", pd.NHS),
        ("NHS 943 *476* 5919", pd.NHS),
        ("NHS **943** 476 5919", pd.NHS),
        ("NHS <b>943</b> 476 5919", pd.NHS),
        ("NHS 943.476.5919", pd.NHS),
        ("[record](https://example.org/patients/9434765919)", pd.NHS),
        ("see /records/9434765919/", pd.NHS),
        ("Lives at yo1 7hh now", pd.POSTCODE),
        ("Lives at YO1\u00a07HH now", pd.POSTCODE),
        ("NI number QQ 12 34 56 C", pd.NINO),
        ("NI AB123456C on file", pd.NINO),
        ("She was born on the 3rd of March 2015.", pd.DOB),
        ("| DOB: | 03/03/2015 |", pd.DOB),
        ("Phone 01904.555.123 today", pd.PHONE),
        ("Phone \uff10\uff11\uff19\uff10\uff14 555123", pd.PHONE),
        ("mail jo.bloggs%40example.org", pd.EMAIL),
        ("mail jo.bloggs&#64;example.org", pd.EMAIL),
        ("mail jo.bloggs [at] example [dot] org", pd.EMAIL),
        ("mail jo.bloggs(at)example.org", pd.EMAIL),
        ("Case ref CS-1234567 closed", pd.CASE_ID),
    ],
)
def test_personal_data_is_found_however_it_is_written(text, kind):
    assert [f.kind for f in pd.find(text, RULES)] == [kind]


def test_a_dob_table_column_is_found_in_every_row():
    table = "| Name | DOB | Team |\n|---|---|---|\n| A | 3/3/2015 | B |\n| C | 4 May 2016 | D |\n"
    found = pd.find(table, RULES)
    assert [(f.kind, table.count("\n", 0, f.start) + 1) for f in found] == [
        (pd.DOB, 3),
        (pd.DOB, 4),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Regulation 47 of the 2010 Regulations, s47 and s17 of the Children Act 1989.",
        "Review within 15 working days; visits every 6 weeks (2024-03-01).",
        "Version 1.2.3, page 12.5, see 0.5 of the guidance.",
        "ISO-8601 and BS-8878 and WCAG 2.2 AA.",
        "practice&#64;york.gov.uk",
        "Use *emphasis* and `code` and <abbr>CIN</abbr> freely.",
    ],
)
def test_the_hubs_own_kinds_of_text_raise_no_alarm(text):
    assert pd.find(text, RULES) == []


def test_a_finding_in_resolved_text_keeps_the_line_it_was_written_on():
    text = "line one\nline two\nNHS 943&nbsp;476&nbsp;5919\n"
    [finding] = pd.find(text, RULES)
    assert text.count("\n", 0, finding.start) + 1 == 3


@pytest.mark.slow
def test_yaml_integers_file_names_and_mkdocs_yml_text_are_scanned(small_hub):
    small_hub.write("data/extra.yml", f"- id: a\n  ref: {NHS_DIGITS}\n")
    small_hub.write(f"docs/about/{NHS_DIGITS}.md", "---\ntype: reference\n---\n")
    config = small_hub.root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace(
            "copyright: City of York Council, Children's Social Care",
            "copyright: City of York Council, ring 01904 555123",
        )
    )
    result = small_hub.hub("check")
    err = result.stderr
    assert result.returncode == 1
    assert "data/extra.yml: personal data in 1.ref: NHS number 943*******: remove it" in err
    assert (
        f"docs/about/{NHS_DIGITS}.md: personal data in the file's name: NHS number 943*******"
        in err
    )
    assert "mkdocs.yml: personal data in copyright: phone number" in err


# --- the normaliser, as a property ---------------------------------------------------

_HIDING = ["", "\u200b", "\u00ad", "\u2060", "*", "_", "**", "<b>", "</b>", "<span>", "&#8203;"]
_SPACES = [" ", "&nbsp;", "\u00a0", "&#32;", "\u2009", "  "]
_FULL_WIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}


@st.composite
def disguised_nhs(draw):
    digits = draw(st.sampled_from([NHS_DIGITS, "4010232137", "9876543210"]))
    assert pd.is_valid_nhs_number(digits)
    groups = [digits[:3], digits[3:6], digits[6:]]
    space = draw(st.sampled_from(_SPACES))
    written = []
    for i, group in enumerate(groups):
        for char in group:
            wide = draw(st.booleans())
            written.append((_FULL_WIDTH[char] if wide else char) + draw(st.sampled_from(_HIDING)))
        if i < 2:
            written.append(space)
    return "".join(written)


@settings(max_examples=300, deadline=None)
@given(disguised_nhs(), st.text(alphabet="abc .,\n", max_size=20))
def test_an_nhs_number_is_found_however_it_is_disguised(written, before):
    text = f"{before}\nNumber: {written}\n"
    kinds = [f.kind for f in pd.find(text, RULES)]
    assert pd.NHS in kinds, (text, resolve(text).text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_the_normaliser_maps_every_character_back_to_where_it_was_written(text):
    seen = resolve(text)
    assert len(seen.origin) == len(seen.text)
    assert list(seen.origin) == sorted(seen.origin)  # in reading order
    assert all(0 <= i < max(len(text), 1) for i in seen.origin)
    assert resolve(seen.text).text == resolve(resolve(seen.text).text).text  # settles


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefghij klmnop\n.,;:!?()0123456789", max_size=200))
def test_plain_text_reads_as_written(text):
    if "  " not in text:
        assert resolve(text).text == text


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Jayden, aged 7, said he felt safe.", "Jayden"),
        ("Amira attends St Lawrence Primary.", "Amira"),
        ("Kai lives on Burton Stone Lane.", "Kai"),
        ("Mia (9) was seen alone.", "Mia"),
        ("Children aged 16 or over may ask.", None),
        ("The Children Act 1989, section 17.", None),
    ],
)
def test_a_capitalised_word_next_to_an_age_school_or_street_is_advice(text, hint):
    found = [f.value for f in pd.name_hints(text)]
    assert found == ([hint] if hint else [])


def test_name_advice_is_a_note_that_never_fails_the_build():
    from datetime import date

    from yorkhub.context import Context
    from yorkhub.features.safety import personal_data_check
    from yorkhub.page import Page
    from yorkhub.settings import Settings

    page = Page("docs/x.md", "x.md", {"title": "T"}, "# T\n\nJayden, aged 7, said.\n", 5)
    catalogue = type("C", (), {"pages": [page]})()
    problems = personal_data_check.check(catalogue, Context(Settings(), date(2026, 1, 1)))
    [advice] = [p for p in problems if "advice" in p.message]
    assert advice.severity == "note" and advice.line == 7
    assert "Ja****" in advice.message and "Jayden" not in advice.message
