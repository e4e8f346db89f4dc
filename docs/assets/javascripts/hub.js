/* York practice hub: small progressive enhancements. Every page reads and
   prints without this script. */

/* One start-up path for every page. Each of the hub's scripts hands its set-up to
   hubOnEveryPage (so hub.js is listed first in mkdocs.yml). The set-ups run once the
   page has loaded, and again after each instant page swap (Material's document$).
   Opened from files (the offline copy), document$ exists but never emits, so the
   page's own load starts them too. Either way they run once per page: Material swaps
   in a new container element on each instant navigation, and a container already
   set up is skipped. One set-up that fails leaves the others working. */
const hubSetUps = [];
let hubPageSetUp = null;  // the container element the set-ups last ran for

function hubRun(setUp) {
  try {
    setUp();
  } catch (error) {
    console.error(error);
  }
}

function hubStartPage() {
  const page = document.querySelector("[data-md-component=container]") || document.body;
  if (page === hubPageSetUp) return;
  hubPageSetUp = page;
  hubSetUps.forEach(hubRun);
}

function hubOnEveryPage(setUp) {
  hubSetUps.push(setUp);
  if (hubPageSetUp) hubRun(setUp);  // added after this page started: set it up now
}

if (typeof document$ !== "undefined") document$.subscribe(hubStartPage);
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", hubStartPage);
else hubStartPage();

/* A table wider than the page scrolls sideways inside Material's wrapper. Make
   that wrapper reachable by keyboard, and name it, so people who do not use a
   mouse can scroll it too (WCAG 2.1.1). Runs after every instant page load. */
function makeWideTablesFocusable() {
  for (const wrap of document.querySelectorAll(".md-typeset__scrollwrap")) {
    if (wrap.scrollWidth > wrap.clientWidth && !wrap.hasAttribute("tabindex")) {
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "Table: scroll sideways to see every column");
    }
  }
}
hubOnEveryPage(makeWideTablesFocusable);

/* "Printed on DATE": the build date is in the page; on printing, show today. */
window.addEventListener("beforeprint", () => {
  const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  for (const date of document.querySelectorAll(".hub-printed__date")) {
    date.textContent = today;
  }
});

/* "Due for review", worked out in the reader's browser from the page's review date, so an
   old build or the offline copy never shows a page as current once its date has passed.
   The build writes the same notice for readers with no script; this adds it only if missing. */
function showDueForReview() {
  const facts = document.querySelector(".hub-facts[data-review-by]");
  if (!facts || document.querySelector(".hub-due")) return;
  const due = facts.dataset.reviewBy; // YYYY-MM-DD
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n, i) => String(n).padStart(i ? 2 : 4, "0")).join("-");
  if (due >= today) return;
  const [year, month, day] = due.split("-").map(Number);
  const when = new Date(year, month - 1, day).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  const notice = document.createElement("div");
  notice.className = "admonition warning hub-due";
  notice.setAttribute("data-search-exclude", "");
  const title = document.createElement("p");
  title.className = "admonition-title";
  title.textContent = "Due for review";
  const text = document.createElement("p");
  text.textContent = `This page was due for review on ${when}. It may be out of date: check with its owner.`;
  notice.append(title, text);
  const article = document.querySelector("article.md-content__inner");
  const heading = article && article.querySelector("h1");
  if (heading) heading.before(notice);
  else if (article) article.prepend(notice);
}
hubOnEveryPage(showDueForReview);

/* On paper a link cannot be followed, so the print rules in hub.css show its address after its text, from
   data-print-url set here (the full address, not the relative one in the page). Left out:
   links within the page, links whose text already is their address, and the notes of where
   a figure comes from (.hub-source: each would repeat the Timescales page's address). */
function readable(address) {
  try {
    return decodeURI(address);
  } catch {
    return address;  // not valid percent-encoding: shown as it is
  }
}
function bare(text) {
  return text.trim().replace(/^(https?:\/\/|mailto:)/, "").replace(/\/$/, "");
}
function markLinkAddressesForPrint() {
  for (const link of document.querySelectorAll(".md-content a[href]:not(.headerlink, .hub-source)")) {
    const written = link.getAttribute("href");
    const address = link.href.startsWith("mailto:")
      ? link.href.slice("mailto:".length).split("?")[0]
      : link.href;
    const shown = readable(address);
    const samePage = link.origin === location.origin && link.pathname === location.pathname;
    const inPage = written.startsWith("#") || (samePage && link.hash !== "");
    if (inPage || bare(link.textContent) === bare(shown)) {
      link.removeAttribute("data-print-url");
    } else {
      link.setAttribute("data-print-url", shown);
    }
  }
}
hubOnEveryPage(markLinkAddressesForPrint);

/* A search result, or any link, that names a section opens at that section. Material's
   instant navigation scrolls to it, but four things can leave the reader at the top:
   - on a phone, the open search box locks the page (Material fixes the body in place) and
     unlocks it 100 ms after the box closes; a page that arrives sooner cannot scroll, so
     the reader lands at the top of a long page;
   - it scrolls to the section only while the history entry has no saved position, and it
     saves the position 100 ms after the page moves, so a page that arrives later than that
     after the search box closes opens at the top too;
   - its section tracking (navigation.tracking) rewrites the address half a second after
     the page last moved; when the page left was at its top, it takes the section out of
     the address, and if that happens while the next page is on its way, the page arrives
     with no section to scroll to;
   - a search made before instant navigation is ready (straight after the hub opens) loads
     the page in full, and Chrome then leaves it at the top, though the address names a
     section (Material has set the history's scroll restoration to manual).
   So after a page load that follows a link or opens a new history entry (not the back or
   forward button, which restore where the reader was), the hub puts back the section of
   the link followed if the address lost it, and scrolls to the section in the address
   once the page can scroll; after a full load, only if the browser has not moved the
   page itself. */
let hubFollowed = null;  // the address of the link the reader last followed, if any
let hubFirstLoad = true;
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element && event.target.closest("a[href]");
  if (!link) return;
  try {
    hubFollowed = new URL(link.getAttribute("href"), location.href);
  } catch {
    hubFollowed = null;  // an address the browser cannot read goes nowhere
  }
}, true);
// The back and forward buttons lead elsewhere. A popstate also comes as instant navigation
// opens the link just followed, with that link's address: it keeps the link.
window.addEventListener("popstate", () => {
  if (hubFollowed && hubFollowed.href !== location.href) hubFollowed = null;
});
hubOnEveryPage(() => {
  const followed = hubFollowed;
  const first = hubFirstLoad;
  hubFollowed = null;
  hubFirstLoad = false;
  if (followed && followed.hash && !location.hash && followed.pathname === location.pathname) {
    history.replaceState(history.state, "", followed.hash);
  }
  // A new history entry has no saved position yet; back and forward land on one that has.
  const fresh = followed !== null || history.state === null;
  if (!location.hash || (!first && !fresh)) return;
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  if (!first) return whenPageCanScroll(() => target.scrollIntoView());
  const navigation = performance.getEntriesByType("navigation")[0];
  if (navigation && navigation.type !== "navigate") return;  // a reload, or back and forward
  const settle = () => { if (window.scrollY === 0) target.scrollIntoView(); };
  if (document.readyState === "complete") settle();
  else window.addEventListener("load", settle, { once: true });
});

function whenPageCanScroll(then) {
  const locked = () => document.body.hasAttribute("data-md-scrolllock");
  if (!locked()) return then();
  const observer = new MutationObserver(() => {
    if (locked()) return;
    observer.disconnect();
    then();
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ["data-md-scrolllock"] });
}
