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
