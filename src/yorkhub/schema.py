"""The content model: which fields each type of page has, and what they may hold.

The Authoring page of the hub is generated from ``TYPES`` and ``FIELDS``, so the
documentation for authors can never drift from what the build checks.
"""

from __future__ import annotations

from dataclasses import dataclass

from yorkhub import fields as f

AUDIENCES = (
    "social-workers",
    "managers",
    "new-starters",
    "advanced-practitioners",
    "iros",
    "all-staff",
    "partners",
)
GUIDE = "one-minute-guide"  # the type whose pages the AP team publishes from guides/
STATUSES = ("draft", "approved", "retired")
CHANGE_ACTIONS = ("approved", "retired")  # what an item of a page's ``changes`` records
VISIBILITIES = ("internal", "public")
HIDE = ("navigation", "toc", "footer", "path", "tags", "feedback")  # what Material can hide
MATERIAL_FIELDS = ("hide", "search", "tags", "template")
AUDIT_KINDS = (
    "single-agency-case-audit",
    "multi-agency-audit",
    "live-audit",
    "thematic-audit",
    "inspection",
    "peer-challenge",
)
FINDING_KINDS = (
    "strength",
    "improvement",
    "not-known",
)  # not-known: the source names the area, not what was found


@dataclass(frozen=True)
class Field:
    """One front-matter field: its check and the line an author reads about it."""

    check: f.Check
    help: str


_role = f.entry_of("roles", "role")
_theme = f.entry_of("themes", "theme")

FIELDS: dict[str, Field] = {
    "type": Field(f.text, "what kind of page this is (see the table of types)"),
    "title": Field(
        f.short_text(),
        f"the page's title, as a question or a task where it reads well ({f.TITLE_LIMIT} characters at most)",
    ),
    "summary": Field(
        f.text, "one sentence saying what the page is for; shown in listings and search"
    ),
    "owner": Field(
        _role, "the role responsible for the page (an id from data/roles.yml), never a person"
    ),
    "status": Field(
        f.one_of(*STATUSES), "draft until the service approves it; approved; or retired"
    ),
    "approver": Field(
        _role, "the role that approves a draft (for example principal-social-worker)"
    ),
    "version": Field(f.text, "the page's version, such as '0.1' or '1.2'"),
    "approved_by": Field(
        _role, "the role that approved this version (written by hub approve, never by hand)"
    ),
    "approved": Field(f.a_date, "when this version was approved (written by hub approve)"),
    "changes": Field(
        f.listed(
            f.mapping(
                {
                    "version": f.text,
                    "date": f.a_date,
                    "action": f.one_of(*CHANGE_ACTIONS),
                    "by": _role,
                    "note": f.text,
                },
                ("version", "date", "action", "by", "note"),
            )
        ),
        "the page's history: each approval or retirement with its version, date, role and "
        "what changed (hub approve and hub retire add them)",
    ),
    "last_reviewed": Field(f.a_date, "when the owner last checked the page was right (YYYY-MM-DD)"),
    "review_by": Field(
        f.a_date, "when the page must next be reviewed (YYYY-MM-DD); past it, a notice shows"
    ),
    "audience": Field(
        f.listed(f.one_of(*AUDIENCES)), "who the page is for: " + ", ".join(AUDIENCES)
    ),
    "themes": Field(
        f.listed(_theme), "audit learning themes the page addresses (ids from data/themes.yml)"
    ),
    "priorities": Field(
        f.listed(f.entry_of("priorities", "improvement priority")),
        "improvement priorities a to f the page serves",
    ),
    "keywords": Field(
        f.listed(f.text), "words and abbreviations people search for that the text may not use"
    ),
    "id": Field(f.text, "a stable id other pages use to refer to this one (audits need one)"),
    "visibility": Field(
        f.one_of(*VISIBILITIES), "internal (staff only) or public; the default is set in mkdocs.yml"
    ),
    "induction": Field(
        f.mapping(
            {"order": f.whole_number, "week": f.whole_number, "why": f.text},
            ("order", "week", "why"),
        ),
        "puts the page on the induction pathway: order, week and why it matters",
    ),
    "order": Field(
        f.whole_number,
        "where the page comes in its section's menu (lower first; otherwise by title)",
    ),
    "number": Field(
        f.whole_number, "the guide's number: never reused, even when a guide is retired"
    ),
    "published": Field(f.a_date, "when the guide was first published (YYYY-MM-DD)"),
    "contact": Field(_role, "the role to contact with questions about the guide"),
    "audits": Field(f.listed(f.text), "ids of the audits the guide draws on"),
    "kind": Field(f.one_of(*AUDIT_KINDS), "the kind of audit or review: " + ", ".join(AUDIT_KINDS)),
    "date": Field(
        f.a_date,
        "when the audit or review took place (YYYY-MM-DD; use the 1st if only the month is known)",
    ),
    "scope": Field(f.text, "what the audit or review looked at"),
    "cases": Field(f.whole_number, "how many cases were audited, where known"),
    "findings": Field(
        f.listed(
            f.mapping(
                {"summary": f.text, "themes": f.listed(_theme), "kind": f.one_of(*FINDING_KINDS)},
                ("summary", "themes", "kind"),
            )
        ),
        "what the audit found: each with a summary, themes, and kind (strength, improvement, or not-known where the source does not say)",
    ),
    "theme": Field(_theme, "the learning theme this page describes"),
    "personal_data_allow": Field(
        f.listed(f.mapping({"value": f.text, "reason": f.text}, ("value", "reason"))),
        "values the personal-data check may let through on this page, each with the reason (value in quotes)",
    ),
    # Material for MkDocs' own page settings, checked because Material stops with a traceback
    # on a value it cannot use (the build gives Material a safe value instead, see site.py).
    "hide": Field(
        f.listed(f.one_of(*HIDE)), "Material: parts of the layout to hide: " + ", ".join(HIDE)
    ),
    "search": Field(
        f.settings(
            f.mapping({"exclude": f.yes_no, "boost": f.positive_number}, ()),
            "'search: {exclude: true}' or 'search: {boost: 2}'",
        ),
        "Material: search settings: exclude (true or false) and boost (a number above 0)",
    ),
    "tags": Field(f.listed(f.text), "Material: tags (the hub sets theme tags itself)"),
    "template": Field(
        f.template_name, "Material: a page template, by its name in overrides/ ('main.html')"
    ),
}

COMMON_REQUIRED = ("type", "title", "summary", "owner", "status")
COMMON_OPTIONAL = (
    "approver",
    "version",
    "approved_by",
    "approved",
    "changes",
    "last_reviewed",
    "review_by",
    "audience",
    "themes",
    "priorities",
    "keywords",
    "id",
    "visibility",
    "induction",
    "order",
    "personal_data_allow",
    "hide",
    "search",
    "tags",
    "template",
)


@dataclass(frozen=True)
class PageType:
    """A type of page: what it is for, and the fields it needs beyond the common ones."""

    label: str
    purpose: str
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()

    def allowed(self) -> tuple[str, ...]:
        return COMMON_REQUIRED + COMMON_OPTIONAL + self.required + self.optional


TYPES: dict[str, PageType] = {
    "practice-standard": PageType(
        "Practice standard", "what York expects of social workers' practice"
    ),
    "managers-standard": PageType("Managers' standard", "what York expects of managers' oversight"),
    "procedure": PageType("Procedure", "the steps to follow, who does each, and by when"),
    "policy": PageType("Policy", "a decision of the service about how it works"),
    "framework": PageType(
        "Framework", "how a body of work fits together, such as quality assurance"
    ),
    "scheme-of-delegation": PageType("Scheme of delegation", "who may decide what"),
    GUIDE: PageType(
        "One minute guide",
        "audit learning on one side of A4, published by the AP team",
        required=("number", "published", "audience", "themes", "contact", "review_by"),
        optional=("audits",),
    ),
    "audit": PageType(
        "Audit",
        "one audit or external review and what it found",
        required=("id", "kind", "date", "scope", "findings"),
        optional=("cases",),
    ),
    "learning-theme": PageType("Learning theme", "one audit learning theme", required=("theme",)),
    "induction": PageType("Induction", "the route new starters take through the hub"),
    "reference": PageType("Reference", "about the hub, the glossary and other reference pages"),
}
