"""Property-based tests: whatever an author saves, the hub answers with a page or clear
problems, never a traceback; and the personal-data detectors hold for every generated case."""

from __future__ import annotations

import string

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yorkhub import frontmatter
from yorkhub.features.safety.personal_data import NHS, PHONE, find, is_valid_nhs_number, mask, rules
from yorkhub.schema import FIELDS
from yorkhub.validate import check_page

LABEL = "docs/x.md"
RULES = rules({"phones": [], "email_domains": ["york.gov.uk"]})
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.dates().map(str),
    st.sampled_from(["principal-social-worker", "draft", "public", "front-door"]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
metas = st.dictionaries(st.sampled_from(sorted(FIELDS)) | st.text(max_size=10), values, max_size=8)


def _assert_clear(page, problems) -> None:
    assert page is not None or problems, "a file that is not a page must say why"
    for problem in problems:
        assert str(problem).startswith(LABEL + ":") or str(problem).startswith(LABEL + " "), str(
            problem
        )
        assert problem.message.strip()


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_give_a_page_or_clear_problems(registries, raw):
    _assert_clear(*check_page(LABEL, "x.md", raw, registries))


@FAST
@given(st.text(alphabet=string.printable + "éü\u2028\ufeff", max_size=300))
def test_any_text_after_a_front_matter_fence_gives_a_page_or_clear_problems(registries, text):
    _assert_clear(*check_page(LABEL, "x.md", ("---\n" + text).encode("utf-8"), registries))


@FAST
@given(metas, st.text(max_size=80))
def test_any_front_matter_fields_give_a_page_or_clear_problems(registries, meta, body):
    block = yaml.safe_dump(meta, allow_unicode=True)
    _assert_clear(*check_page(LABEL, "x.md", f"---\n{block}---\n{body}".encode(), registries))


@FAST
@given(st.binary(max_size=200))
def test_decode_then_split_never_raises(raw):
    text, problems = frontmatter.decode(LABEL, raw)
    if text is None:
        assert len(problems) == 1
        return
    parsed, problems = frontmatter.split(LABEL, text)
    assert parsed is not None or problems
    if parsed is not None:
        assert isinstance(parsed.meta, dict) and parsed.body_line >= 3


nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)


def _with_check_digit(first: str) -> str | None:
    check = 11 - sum(int(d) * w for d, w in zip(first, range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return None if check == 10 else first + str(check)


@FAST
@given(nine_digits, st.sampled_from(["", " ", "-"]), st.sampled_from(["NHS no. ", "", "Number: "]))
def test_every_valid_nhs_number_is_caught_and_masked(first, sep, before):
    number = _with_check_digit(first)
    if number is None:
        assert not any(is_valid_nhs_number(first + d) for d in "0123456789")
        return
    written = number[:3] + sep + number[3:6] + sep + number[6:]
    found = find(f"{before}{written} was recorded.", RULES)
    assert [(f.kind, f.value) for f in found] == [(NHS, written)]
    assert number not in found[0].masked and written not in found[0].masked


@FAST
@given(nine_digits, st.integers(min_value=0, max_value=9))
def test_a_wrong_check_digit_is_never_an_nhs_number(first, digit):
    number = first + str(digit)
    if number != _with_check_digit(first):
        assert NHS not in [f.kind for f in find(number, RULES)]


@FAST
@given(st.text(max_size=60))
def test_masking_never_shows_more_than_the_first_three_characters(value):
    masked = mask(value)
    shown = masked.rstrip("*")
    assert len(shown) <= 3
    assert " ".join(value.split()).startswith(shown)
    assert set(masked[len(shown) :]) <= {"*"}


@FAST
@given(st.text(max_size=200))
def test_findings_are_real_slices_of_the_text_in_order(text):
    found = find(text, RULES)
    for finding in found:
        assert text[finding.start : finding.start + len(finding.value)] == finding.value
    assert [f.start for f in found] == sorted(f.start for f in found)


@FAST
@given(
    st.sampled_from(["1904", "113", "20", "7700"]),
    st.text(alphabet="0123456789", min_size=8, max_size=8),
    st.sampled_from(["0{a} {n}", "+44 {a} {n}", "(0{a}) {n}", "0{a}{n}"]),
)
def test_uk_phone_numbers_are_caught_unless_allowed(area, digits, shape):
    number = digits[: 10 - len(area)]  # ten digits after the leading 0
    written = shape.format(a=area, n=number)
    assert [f.kind for f in find(f"Ring {written} today.", RULES)] == [PHONE]
    allowed = rules({"phones": [f"0{area} {number}"]})
    assert find(f"Ring {written} today.", allowed) == []
