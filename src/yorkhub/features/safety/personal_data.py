"""Find personal data in text: NHS numbers, postcodes, dates of birth, phone
numbers, email addresses and case-system identifiers.

Learning from audit is written from children's case files, and one slip could
publish a child's details. These detectors are deliberately plain regular
expressions with a few checks (the NHS number's modulus 11 digit, the shape of a
UK postcode), tuned so that the hub's own text (regulation numbers, ISO dates,
"Children Act 1989 s47", "15 working days") raises no false alarm.

Findings carry the value found so that an allow-list can be matched, but only
``mask`` of it is ever shown: logs must not copy the data they warn about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yorkhub.features.safety import reader_text

try:  # Python 3.11 moved sre_parse into re; only the parser's output is read
    from re import _constants as _sre
    from re import _parser
except ImportError:  # pragma: no cover
    import sre_constants as _sre
    import sre_parse as _parser

NHS = "NHS number"
NINO = "National Insurance number"
POSTCODE = "postcode"
DOB = "date of birth"
PHONE = "phone number"
EMAIL = "email address"
CASE_ID = "case-system identifier"
KINDS = (NHS, NINO, DOB, POSTCODE, PHONE, EMAIL, CASE_ID)  # earlier kinds win where matches overlap

# Ten digits, grouped 3-3-4 by spaces, hyphens or dots or not at all; in a URL too.
_NHS = re.compile(r"(?<![\w+.-])(\d{3})([ .-]?)(\d{3})\2(\d{4})(?![\w-])")
# Full UK postcodes only (outward and inward code), in capitals or not.
_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
# Two prefix letters (never D, F, I, U or V; O not second; not BG, GB, KN, NK, NT, TN or
# ZZ; QQ, HMRC's example, is kept), six digits in pairs, a suffix A to D: AB123456C.
_NINO = re.compile(
    r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-TW-Z][A-CEGHJ-NP-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
    re.IGNORECASE,
)
# 0 or +44, then 9 or 10 more digits with single spaces or hyphens, and maybe (area code).
_PHONE = re.compile(r"(?<![\w+/.])(?:\+44[ ]?(?:\(0\)[ ]?)?|\(?0)\d(?:\)?[ .-]?\d){8,9}(?![\d/])")
_EMAIL = re.compile(r"(?<![\w.+%-])[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{2,4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|{_MONTH}\s+\d{{4}})"
)
_DOB_WORD = r"(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth\b|\bborn\b)"
_DOB = re.compile(
    rf"{_DOB_WORD}[\s:;,.()|*\-–—]*(?:(?:on|is|was|in)\s+)?(?:the\s+)?(?P<after>{_DATE})"
    rf"|(?<![\w/.-])(?P<before>{_DATE})\s*[(,\-–—]?\s*{_DOB_WORD}",
    re.IGNORECASE,
)

# A sensible default for York: Mosaic-style numeric ids after a word that names them.
DEFAULT_CASE_ID_PATTERNS = (
    r"\b(?:[Mm]osaic|MOSAIC|[Pp]erson|[Cc]ase|[Cc]lient|[Cc]hild)\s+(?:ID|[Ii]d|[Nn]o\.?|[Nn]umber|[Rr]ef)\s*[:#.]?\s*(\d{4,})\b",
    r"\bID\s*[:#.]?\s*(\d{5,})\b",
    r"\b[A-Z]{2,4}-(\d{6,})\b",  # case references such as CS-1234567
)


# Names cannot be detected reliably. A capitalised word right before an age, a school or
# a street is worth a second look, so it is shown as advice (a note), never an error.
_NAME_HINT = re.compile(
    r"\b([A-Z][a-z]{2,})(?=,?\s+(?:\(?aged?\s+\d{1,2}\b|\(\d{1,2}\)|\d{1,2}\s*(?:years?|yrs?)[\s-]old"
    r"|(?:attends|goes\s+to|at)\s+(?:[A-Z][a-z]+\s+){1,3}(?:Primary|School|Academy|College|Nursery)"
    r"|(?:lives|living)\s+(?:on|at|in)\s+(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Street|Road|Lane|Avenue|Close|Drive|Way|Grove|Terrace)\b))"
)
_NOT_NAMES = frozenset(
    "Children Child Young Youngsters People Person Parents Carers Care Leavers Those Pupils "
    "Students Siblings Babies Adults Anyone Someone Everyone Families Family Boys Girls".split()
)


def name_hints(text: str) -> list[Finding]:
    """Capitalised words next to an age, school or street: perhaps a child's name (advice)."""
    return [
        Finding("name", m.group(1), m.start(1))
        for m in _NAME_HINT.finditer(text)
        if m.group(1) not in _NOT_NAMES
    ]


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind, the text found, and where it starts."""

    kind: str
    value: str
    start: int

    @property
    def masked(self) -> str:
        return mask(self.value)


@dataclass(frozen=True)
class Rules:
    """What counts as allowed: the service's own numbers and email domains, and the
    case-system patterns to refuse."""

    phones: frozenset[str] = frozenset()
    email_domains: tuple[str, ...] = ()
    case_ids: tuple[re.Pattern, ...] = ()


def rules(allow: dict | None, case_id_patterns=DEFAULT_CASE_ID_PATTERNS) -> Rules:
    """Rules from the settings; ``ValueError`` says what is wrong with them."""
    allow = allow or {}
    if not isinstance(allow, dict):
        raise ValueError("allow: expected fields phones and email_domains")
    unknown = sorted(set(allow) - {"phones", "email_domains"})
    if unknown:
        raise ValueError(f"allow: unknown setting '{unknown[0]}': use phones or email_domains")
    phones = _texts(allow.get("phones"), "allow.phones")
    bad = [p for p in phones if not _PHONE.fullmatch(p.strip())]
    if bad:
        raise ValueError(
            f"allow.phones: '{mask(bad[0])}' is not a UK phone number: write it as 01904 000000"
        )
    domains = tuple(
        d.lower().strip().lstrip("@")
        for d in _texts(allow.get("email_domains"), "allow.email_domains")
    )
    return Rules(
        frozenset(normalise(PHONE, p) for p in phones), domains, _compile(case_id_patterns)
    )


def _texts(value, name: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{name}: expected a list of text values in quotes")
    return value


def _compile(patterns) -> tuple[re.Pattern, ...]:
    if not isinstance(patterns, (list, tuple)) or not all(isinstance(p, str) for p in patterns):
        raise ValueError("case_id_patterns: expected a list of regular expressions in quotes")
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern))
        except re.error as err:
            raise ValueError(
                f"case_id_patterns: '{pattern}' is not a valid regular expression ({err})"
            ) from None
        if risk := catastrophic(pattern):
            raise ValueError(
                f"case_id_patterns: '{pattern}' {risk}, which can take years to run on some "
                "text: repeat a single character class instead, as in (\\d{4,})"
            )
    return tuple(compiled)


_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}


def catastrophic(pattern: str) -> str | None:
    """Why ``pattern`` may backtrack exponentially (a repeat inside an open-ended repeat,
    or alternatives or a back-reference repeated), or None. Python's ``re`` has no time
    limit, so such a pattern would hang every build on a page that trips it."""
    return _risk(_parser.parse(pattern), inside=False)


def _risk(items, inside: bool) -> str | None:
    for op, arg in items:
        if op in _REPEATS:
            low, high, body = arg
            if inside and high > 1:
                return "repeats a group that itself repeats (a nested quantifier such as (a+)+)"
            found = _risk(body, inside or high == _sre.MAXREPEAT or high > 50)
            if found:
                return found
        elif op is _sre.BRANCH:
            if inside:
                return "repeats a group of alternatives (such as (a|ab)+)"
            for branch in arg[1]:
                if found := _risk(branch, inside):
                    return found
        elif op is _sre.SUBPATTERN:
            if found := _risk(arg[-1], inside):
                return found
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if found := _risk(arg[1], inside):
                return found
        elif op is _sre.GROUPREF and inside:
            return "repeats a back-reference"
    return None


_DIGIT_OR_AT = re.compile(r"[\d@]")


def find(text: str, rules: Rules) -> list[Finding]:
    """Every piece of personal data in ``text`` that the rules do not allow, in order: as
    written, and as a reader sees it (entities, markup and invisible characters resolved,
    see ``reader_text``). A finding's ``start`` is always where it was written."""
    seen = reader_text.resolve(text)
    found = _find(text, rules)
    if seen.text != text:
        found += [Finding(f.kind, f.value, seen.where(f.start)) for f in _find(seen.text, rules)]
    return _without_overlaps(found)


def _find(text: str, rules: Rules) -> list[Finding]:
    if not _DIGIT_OR_AT.search(
        text
    ):  # every built-in kind holds a digit or an @: most titles and keywords don't
        return _without_overlaps(_case_ids(text, rules.case_ids))
    found = _nhs(text) + _simple(_NINO, NINO, text) + _dob(text) + _dob_columns(text)
    found += _simple(_POSTCODE, POSTCODE, text)
    found += [
        f for f in _simple(_PHONE, PHONE, text) if normalise(PHONE, f.value) not in rules.phones
    ]
    found += [f for f in _emails(text) if not _domain_allowed(f.value, rules.email_domains)]
    found += _case_ids(text, rules.case_ids)
    return _without_overlaps(found)


def is_valid_nhs_number(digits: str) -> bool:
    """The NHS number's modulus 11 check: weights 10 to 2, check digit 11 - remainder."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def mask(value: str) -> str:
    """The value with all but its first few characters (never more than 3) starred."""
    value = " ".join(value.split())
    shown = min(3, len(value) // 3)
    return value[:shown] + "*" * (len(value) - shown)


def normalise(kind: str, value: str) -> str:
    """A form of the value that ignores spacing and case, for matching allow-lists."""
    if kind == PHONE:
        digits = re.sub(r"\D", "", value.replace("(0)", ""))
        return "0" + digits[2:] if value.strip().startswith("+44") else digits
    if kind == NHS:
        return re.sub(r"\D", "", value)
    if kind == POSTCODE:
        return re.sub(r"\s", "", value).upper()
    return " ".join(value.split()).lower()


def _nhs(text: str) -> list[Finding]:
    found = []
    for match in _NHS.finditer(text):
        if is_valid_nhs_number(match.group(1) + match.group(3) + match.group(4)):
            found.append(Finding(NHS, match.group(0), match.start()))
    return found


def _dob(text: str) -> list[Finding]:
    found = []
    for match in _DOB.finditer(text):
        group = "after" if match.group("after") else "before"
        found.append(Finding(DOB, match.group(group), match.start(group)))
    return found


_CELLS = re.compile(r"^\s*\|(.*)\|\s*$")


def _dob_columns(text: str) -> list[Finding]:
    """Dates in a Markdown table column headed DOB, D.O.B., Date of birth or Born."""
    found, columns, offset = [], None, 0
    for line in text.splitlines(keepends=True):
        row = _CELLS.match(line)
        if row is None:
            columns = None
        elif columns is None:
            cells = row.group(1).split("|")
            columns = {
                i
                for i, c in enumerate(cells)
                if re.fullmatch(rf"\W*{_DOB_WORD}\W*", c.strip(), re.I)
            }
        else:
            start = offset + row.start(1)
            for i, cell in enumerate(row.group(1).split("|")):
                date = re.search(_DATE, cell, re.IGNORECASE) if i in columns else None
                if date:
                    found.append(Finding(DOB, date.group(0), start + date.start()))
                start += len(cell) + 1
        offset += len(line)
    return found


def _simple(pattern: re.Pattern, kind: str, text: str) -> list[Finding]:
    return [Finding(kind, m.group(0), m.start()) for m in pattern.finditer(text)]


def _emails(text: str) -> list[Finding]:
    return [Finding(EMAIL, m.group(0).rstrip("."), m.start()) for m in _EMAIL.finditer(text)]


def _domain_allowed(email: str, domains: tuple[str, ...]) -> bool:
    domain = email.rsplit("@", 1)[-1].lower().rstrip(".")
    return any(domain == d or domain.endswith("." + d) for d in domains)


def _case_ids(text: str, patterns: tuple[re.Pattern, ...]) -> list[Finding]:
    # The first group, where a pattern has one, is the identifier itself.
    found = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            group = 1 if pattern.groups and match.group(1) else 0
            found.append(Finding(CASE_ID, match.group(group), match.start(group)))
    return found


def _without_overlaps(found: list[Finding]) -> list[Finding]:
    ordered = sorted(found, key=lambda f: (f.start, KINDS.index(f.kind), -len(f.value)))
    kept: list[Finding] = []
    for finding in ordered:
        if kept and finding.start < kept[-1].start + len(kept[-1].value):
            continue
        kept.append(finding)
    return kept
