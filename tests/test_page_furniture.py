"""What sits around every page's own text, as a reader meets it: the task-first home page, the
readers' menu and search, whose each page is, the induction checklist on paper, link
addresses on paper, and how to tell a page's owner about a problem.

Browser tests share the session's preview build of the real hub (``served_hub``) and
Debian's chromium; build tests read the same build's files."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
import search_eval
from browser_support import html_pages
from conftest import ROOT

from yorkhub import notices, search, settings
from yorkhub.addresses import address
from yorkhub.catalogue import Catalogue
from yorkhub.features.reference import home
from yorkhub.features.reference.lead import LEADING_TYPES
from yorkhub.page import Page
from yorkhub.settings import Settings
from yorkhub.site import prepare

LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
TASKS = [
    "Timescales",
    "When is it due?",
    "Who can decide?",
    "Practice standards",
    "Procedures",
    "One minute guides",
    "Induction",
    "Learning from audit",
    "What's new",
]


class _Facts(HTMLParser):
    """The facts box of one page: each <dt> with the text of the <dd> after it."""

    def __init__(self):
        super().__init__()
        self.facts: dict[str, str] = {}
        self._in, self._key, self._tag = False, "", ""

    def handle_starttag(self, tag, attrs):
        if tag == "aside" and ("class", "hub-facts") in attrs:
            self._in = True
        self._tag = tag

    def handle_endtag(self, tag):
        if tag == "aside":
            self._in = False

    def handle_data(self, data):
        if self._in and self._tag == "dt":
            self._key = data.strip()
        elif self._in and self._tag == "dd" and self._key:
            self.facts[self._key] = data.strip()


def facts_of(html: str) -> dict[str, str]:
    parser = _Facts()
    parser.feed(html)
    return parser.facts


# Build tests: the preview build's files.


def test_every_built_page_shows_its_owner_status_and_next_review(preview_build):
    site = preview_build.site
    pages = [p for p in html_pages(site) if not p.startswith("search/")]
    assert (
        len(pages) > 100 and "timescales/" in pages and "delegation/decisions/close-case/" in pages
    )
    missing = {}
    for path in pages:
        facts = facts_of((site / path / "index.html").read_text(encoding="utf-8"))
        lacking = [k for k in ("Owner", "Status", "Next review") if not facts.get(k)]
        if lacking or facts.get("Owner") == notices.NOT_SET:
            missing[path] = facts
    assert missing == {}


def test_generated_pages_name_a_role_from_data_roles_never_a_person(preview_build, registries):
    site = preview_build.site
    titles = {entry.get("title") for entry in registries["roles"].entries.values()}
    owners = {
        path: facts_of((site / path / "index.html").read_text(encoding="utf-8"))["Owner"]
        for path in ("timescales/", "induction/", "whats-new/", "delegation/decisions/close-case/")
    }
    assert set(owners.values()) <= titles
    assert owners["delegation/decisions/close-case/"] == "Head of Service"


def test_with_no_address_set_every_page_says_whom_to_tell_and_has_no_mailto(preview_build):
    site = preview_build.site
    for path in ("", "timescales/", "standards/child-in-need/", "guides/"):
        html = (site / path / "index.html").read_text(encoding="utf-8")
        (report,) = re.findall(r'<p class="hub-report">(.*?)</p>', html)
        assert "mailto:" not in html
        assert re.fullmatch(
            r"Report a problem with this page: tell the [A-Z][\w ]+, who looks after it\.", report
        ), (path, report)


def test_readers_search_leaves_out_every_page_for_authors_which_is_still_built(preview_build):
    site = preview_build.site
    searched = search_eval.indexed(site)  # what readers' search holds (Pagefind's records)
    found = set(searched)
    for_authors = [
        p for p in html_pages(site) if (p.rstrip("/") + ".md").startswith(search.FOR_AUTHORS)
    ]
    for_authors += [p for p in html_pages(site) if p.startswith("authoring/")]
    assert {
        "authoring/",
        "learning/coverage/",
        "learning/matrix/",
        "authoring/timescale-ids/",
    } <= set(for_authors)
    assert sorted(found & set(for_authors)) == []
    induction = {
        location
        for location, page in searched.items()
        if "induction" in (page["title"] + " " + page["text"]).lower()
    }
    assert induction and not induction & set(for_authors)
    assert "induction/" in induction


def test_the_timescale_ids_for_authors_left_the_readers_timescales_page(preview_build):
    site = preview_build.site
    readers = (site / "timescales/index.html").read_text(encoding="utf-8")
    authors = (site / "authoring/timescale-ids/index.html").read_text(encoding="utf-8")
    assert "Which id do I write" not in readers
    assert "Which timescale id do I write in a page?" in authors and "<code>icpc</code>" in authors


# Pure tests: the home page's lists and the report link.


def _page(uri, **meta):
    return Page(f"docs/{uri}", uri, {"title": uri, "status": "approved", **meta}, "")


def test_the_home_lists_the_latest_approved_guides_and_changes_newest_first(registries):
    pages = [
        _page("guides/0001-a.md", type="one-minute-guide", number=1, published=date(2026, 1, 5)),
        _page("guides/0002-b.md", type="one-minute-guide", number=2, published=date(2026, 3, 1)),
        _page(
            "guides/0003-c.md",
            type="one-minute-guide",
            number=3,
            published=date(2026, 4, 1),
            status="draft",
        ),
        _page("standards/x.md", type="practice-standard", last_reviewed=date(2026, 2, 1)),
    ]
    text = home.latest("index.md", Catalogue(pages, registries), date(2026, 6, 1))
    guides = text.split("## What has changed?")[0]
    assert guides.index("0002-b.md") < guides.index("0001-a.md")
    assert "0003-c.md" not in text  # a draft is not approved
    assert "[standards/x.md](standards/x.md)<br>Updated 1 February 2026." in text


def test_with_nothing_approved_the_home_says_so(registries):
    drafts = [_page("standards/x.md", status="draft", last_reviewed=date(2026, 2, 1))]
    text = home.latest("index.md", Catalogue(drafts, registries), date(2026, 6, 1))
    assert "No one minute guide has been approved yet." in text
    assert "No page has been approved yet: every page is still a draft." in text


def test_a_task_whose_page_the_build_leaves_out_is_left_off_the_home(registries):
    catalogue = Catalogue([_page("standards/index.md")], registries, {"timescales/index.md"})
    cards = home.tasks("index.md", catalogue)
    assert "[Timescales](timescales/index.md)" in cards and "[Practice standards]" in cards
    assert "Procedures" not in cards and "Induction" not in cards


def test_the_report_link_mails_the_owners_address_with_title_address_and_version(registries):
    settings = Settings(
        site_url="https://hub.example.org/",
        mailboxes={"principal-social-worker": "pages@example.org"},
    )
    page = Page(
        "docs/standards/cin.md",
        "standards/cin.md",
        {
            "title": "What does York expect for a child in need?",
            "owner": "principal-social-worker",
            "version": "0.3",
        },
        "",
    )
    html = notices.report_problem(page, registries["roles"], settings, date(2026, 6, 1))
    (href,) = re.findall(r'href="([^"]+)"', html)
    mail = urlsplit(href.replace("&amp;", "&"))
    query = parse_qs(mail.query)
    assert (mail.scheme, mail.path) == ("mailto", "pages@example.org")
    assert query["subject"] == [
        "Problem with a hub page: What does York expect for a child in need?"
    ]
    body = query["body"][0]
    assert "Address: https://hub.example.org/standards/cin/" in body and "Version: 0.3" in body
    assert "+" not in mail.query and "%20" in mail.query  # spaces encoded for mail, not forms
    assert ">Report a problem with this page</a> to the Principal Social Worker" in html


def test_a_report_address_for_an_unknown_role_stops_the_build_naming_mkdocs_yml(small_hub):
    config = small_hub.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("    mailboxes: {}\n", "    mailboxes: {psw: pages@york.gov.uk}\n"),
        encoding="utf-8",
    )
    checked = small_hub.hub("check")
    assert checked.returncode == 1
    assert (
        "mkdocs.yml: extra.hub.mailboxes: 'psw' is not a role in data/roles.yml: use a role id, "
        "such as principal-social-worker" in checked.stdout + checked.stderr
    )
    assert "Traceback" not in checked.stdout + checked.stderr


# Browser tests: the home page and paper, as a person sees them.

HOME_STATE = """() => {
  const box = el => { const r = el.getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width, h: r.height}; };
  const article = document.querySelector('article');
  const first = article.querySelector('a[href]:not(.headerlink), input, button, select, textarea');
  const items = [...document.querySelectorAll('.hub-tasks li')];
  const cards = items.map(li => ({name: li.querySelector('a').textContent.trim(), ...box(li)}));
  items.forEach((li, i) => {
    li.scrollIntoView({block: 'center'});  // a point off the screen hits nothing
    const r = li.getBoundingClientRect();  // a tap on the card's far corner, away from its text
    const hit = document.elementFromPoint(r.x + r.width - 8, r.y + r.height - 8);
    cards[i].tapsLink = !!hit && hit.closest('a') === li.querySelector('a');
  });
  scrollTo(0, 0);
  const targets = [...document.querySelectorAll('.hub-home-search input, .hub-home-search button, .hub-links li')]
    .map(el => ({what: el.textContent.trim() || el.tagName, ...box(el)}));
  const menu = document.querySelector('.md-sidebar--primary');
  return {first: first && first.id, cards, targets,
          scrollWidth: document.documentElement.scrollWidth, width: innerWidth,
          menuLinks: [...menu.querySelectorAll('.md-nav__link')].filter(a => a.getClientRects().length && getComputedStyle(a).visibility !== 'hidden').length,
          statusMarks: [...document.querySelectorAll('.md-nav .md-status')].filter(el => el.getClientRects().length).length};
}"""


def _home(served_hub, viewport):
    base, _, browser = served_hub
    context = browser.new_context(viewport=viewport, reduced_motion="reduce")
    page = context.new_page()
    page.goto(base, wait_until="load")
    return context, page, page.evaluate(HOME_STATE)


def _type_in_the_home_box(page) -> list[str]:
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initializing')"
    )
    page.click("#hub-home-query")
    page.keyboard.type("core group")
    page.wait_for_selector(".md-search-result__item", state="visible")
    return [
        page.input_value(".md-search__input"),
        page.evaluate("document.activeElement.className"),
    ]


@pytest.mark.browser
def test_on_a_laptop_the_home_leads_with_search_then_task_cards_with_the_menu_shown(served_hub):
    context, page, state = _home(served_hub, LAPTOP)
    assert state["first"] == "hub-home-query"  # the search box comes before any link
    assert [c["name"] for c in state["cards"]] == TASKS
    assert all(c["tapsLink"] and c["h"] >= 44 for c in state["cards"]), state["cards"]
    assert state["menuLinks"] >= 10  # the menu is on the page, not hidden
    assert state["statusMarks"] == 0  # no unexplained icon in the menu
    assert state["scrollWidth"] <= state["width"]
    typed, focused = _type_in_the_home_box(page)
    assert typed == "core group" and "md-search__input" in focused
    context.close()


@pytest.mark.browser
def test_on_a_phone_the_home_cards_stack_with_large_tap_targets_and_no_sideways_scroll(served_hub):
    context, page, state = _home(served_hub, PHONE)
    assert state["scrollWidth"] <= state["width"] == 390
    cards = state["cards"]
    assert [c["name"] for c in cards] == TASKS
    assert len({round(c["x"]) for c in cards}) == 1  # one column
    assert all(b["y"] >= a["y"] + a["h"] for a, b in zip(cards, cards[1:], strict=False))
    small = [t for t in state["targets"] + cards if t["h"] < 44 or t["w"] < 44]
    assert small == [] and len(state["targets"]) >= 4
    assert all(c["tapsLink"] for c in cards)
    typed, _ = _type_in_the_home_box(page)
    assert typed == "core group"
    assert page.locator(".md-search-result__item").first.is_visible()
    context.close()


PRINTED_LINKS = """() => [...document.querySelectorAll('article a[href]')]
  .filter(a => a.getClientRects().length)
  .map(a => ({text: a.textContent.trim(), href: a.href, written: a.getAttribute('href'),
              after: getComputedStyle(a, '::after').content}))"""


@pytest.mark.browser
def test_on_paper_each_link_shows_its_address_and_the_footer_the_pages_address_and_version(
    served_hub,
):
    base, _, browser = served_hub
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "induction/", wait_until="load")
    page.emulate_media(media="print")
    links = page.evaluate(PRINTED_LINKS)
    footer = page.inner_text(".hub-printed")
    page.goto(base + "guides/", wait_until="load")  # links to its own sections and to guides
    anchors = page.evaluate(PRINTED_LINKS)
    context.close()
    glossary = next(link for link in links if link["href"] == f"{base}about/glossary/")
    assert glossary["after"] == f'"({base}about/glossary/)"', glossary
    page_url = f"{base}guides/"
    in_page = [a for a in anchors if a["href"].startswith(page_url + "#")]
    elsewhere = [a for a in anchors if not a["href"].startswith(page_url + "#")]
    assert in_page and all(a["after"] in ("none", "normal", '""') for a in in_page), in_page
    assert elsewhere and all(a["after"] == f'"({a["href"]})"' for a in elsewhere), elsewhere
    assert re.fullmatch(
        rf"Printed on \d{{1,2}} [A-Z][a-z]+ \d{{4}} from {re.escape(base)}induction/, version as built "
        r"on \d{1,2} [A-Z][a-z]+ \d{4}\. Check the hub for the latest version\.",
        footer.strip(),
    ), footer


@pytest.mark.browser
def test_the_printed_induction_checklist_has_spaces_to_sign_and_says_it_is_a_draft(served_hub):
    base, _, browser = served_hub
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "induction/print/", wait_until="load")
    page.emulate_media(media="print")
    spaces = page.evaluate("""() => [...document.querySelectorAll('table.hub-signoff tr')]
        .filter(tr => tr.getClientRects().length)
        .map(tr => [tr.querySelector('th').textContent, tr.querySelector('td').getBoundingClientRect().height,
                    tr.querySelector('td').getBoundingClientRect().width])""")
    text = page.inner_text("article")
    week_one = page.evaluate(
        "() => [...document.getElementById('week-1').nextElementSibling.querySelectorAll('a')]"
        ".map(a => a.textContent)"
    )
    context.close()
    assert [label for label, _, _ in spaces] == [
        "Your name",
        "Your start date",
        "Manager's name",
        "Manager's signature",
        "Date signed",
    ]
    assert all(height >= 30 and width >= 150 for _, height, width in spaces), spaces
    assert "This pathway is a draft awaiting approval by the Principal Social Worker." in text
    assert {"Glossary: what do the abbreviations mean?", "Timescales at a glance"} <= set(week_one)


@pytest.mark.browser
def test_the_home_page_offers_induction_to_new_starters(served_hub):
    base, _, browser = served_hub
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base, wait_until="load")
    page.get_by_role("article").get_by_role("link", name="Induction", exact=True).click()
    page.wait_for_function("() => location.pathname.endsWith('/induction/')")
    page.wait_for_selector("article h1:has-text('Induction for new starters')")
    heading = page.inner_text("article h1")
    context.close()
    assert heading.startswith("Induction for new starters")


LEAD = """() => {
  const article = document.querySelector('article.md-content__inner');
  const inShort = [...article.querySelectorAll('.admonition.abstract > .admonition-title')]
    .find(t => t.textContent.trim() === 'In short');
  const tags = document.querySelector('.md-tags');
  const last = article.querySelector('.hub-facts');
  return {
    inShortTop: inShort ? inShort.getBoundingClientRect().top : null,
    height: innerHeight,
    tagsAfterText: !tags || (last && (last.compareDocumentPosition(tags) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
  };
}"""


@pytest.mark.browser
def test_on_a_phone_every_standard_and_procedure_opens_with_in_short_in_the_top_half(served_hub):
    """What a reader sees on arriving: the title, a one-block draft notice and In short, with
    the page's learning themes at its foot rather than above its title."""
    base, _, browser = served_hub
    plan = prepare(ROOT, settings.load(ROOT), date(2026, 1, 1))
    leading = [p.uri for p in plan.catalogue.pages if p.type in LEADING_TYPES]
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    seen = {}
    for uri in leading:
        url = address(uri)
        page.goto(base + url, wait_until="load")
        seen[url] = page.evaluate(LEAD)
    context.close()
    assert len(seen) >= 15
    low = {
        url: s["inShortTop"]
        for url, s in seen.items()
        if not 0 < (s["inShortTop"] or 0) < s["height"] / 2
    }
    assert low == {}
    assert [url for url, s in seen.items() if not s["tagsAfterText"]] == []
