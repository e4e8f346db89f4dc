/* York practice hub: small progressive enhancements. Every page reads and
   prints without this script. */

/* Run ``setUp`` on every page: with Material's instant navigation that is after
   each page swap (its document$ observable), otherwise once the page has loaded.
   The hub's other scripts use this too, so hub.js is listed first in mkdocs.yml. */
function hubOnEveryPage(setUp) {
  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
}

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
  for (const note of document.querySelectorAll(".hub-printed")) {
    note.textContent = `Printed on ${today}. Check the hub for the latest version.`;
  }
});

/* A search result, or any link, that names a section opens at that section. Material's
   instant navigation scrolls to it, but three things can leave the reader at the top:
   - on a phone, the open search box locks the page (Material fixes the body in place) and
     unlocks it 100 ms after the box closes; a page that arrives sooner cannot scroll, so
     the reader lands at the top of a long page;
   - it scrolls to the section only while the history entry has no saved position, and it
     saves the position 100 ms after the page moves, so a page that arrives later than that
     after the search box closes opens at the top too;
   - a search made before instant navigation is ready (straight after the hub opens) loads
     the page in full, and Chrome then leaves it at the top, though the address names a
     section (Material has set the history's scroll restoration to manual).
   So after a page load that follows a link or opens a new history entry (not the back or
   forward button, which restore where the reader was), the hub scrolls to the section in the address once the page can
   scroll; after a full load, only if the browser has not moved the page itself. */
let hubFollowedLink = false;
let hubFirstLoad = true;
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("a[href]")) hubFollowedLink = true;
}, true);
window.addEventListener("popstate", () => { hubFollowedLink = false; });
hubOnEveryPage(() => {
  const followed = hubFollowedLink;
  const first = hubFirstLoad;
  hubFollowedLink = false;
  hubFirstLoad = false;
  // A new history entry has no saved position yet; back and forward land on one that has.
  const fresh = followed || history.state === null;
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
