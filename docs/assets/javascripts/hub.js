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
  for (const date of document.querySelectorAll(".hub-printed__date")) {
    date.textContent = today;
  }
});

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
