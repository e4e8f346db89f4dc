/* Scheme of delegation: filter the table by area, role and words.

   Progressive enhancement: the page lists every decision without this script,
   and the filter form stays hidden (controls that do nothing would mislead).
   Material's instant navigation swaps pages without reloading, so hub.js runs
   the set-up on each page (and from files, where document$ is silent). */
(() => {
  "use strict";

  function matchesRole(row, role, below) {
    if (!role.value) return true;
    if (!below.checked) return row.dataset.role === role.value;
    return Number(row.dataset.rank) <= Number(role.selectedOptions[0].dataset.rank);
  }

  function matchesWords(row, words) {
    const terms = words.value.toLowerCase().split(/\s+/).filter(Boolean);
    const text = row.textContent.toLowerCase();
    return terms.every((term) => text.includes(term));
  }

  /* An area whose rows are all hidden loses its heading and table too. */
  function showAreas(tables) {
    for (const table of tables) {
      const empty = !table.querySelector("tr[data-decision]:not([hidden])");
      const heading = document.getElementById(`area-${table.dataset.delegationArea}`);
      (table.closest(".md-typeset__scrollwrap") || table).hidden = empty;
      if (heading) heading.hidden = empty;
    }
  }

  function setUp() {
    const form = document.querySelector("[data-delegation-filter]");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "true";
    const [area, role, below, words] = ["area", "role", "below", "words"].map((name) => form.elements[name]);
    const count = form.querySelector("[data-delegation-count]");
    const rows = [...document.querySelectorAll("tr[data-decision]")];
    const tables = [...document.querySelectorAll("table[data-delegation-area]")];

    const apply = () => {
      let shown = 0;
      for (const row of rows) {
        const visible = (!area.value || row.dataset.area === area.value)
          && matchesRole(row, role, below) && matchesWords(row, words);
        row.hidden = !visible;
        shown += visible ? 1 : 0;
      }
      showAreas(tables);
      count.textContent = shown === rows.length
        ? `Showing all ${rows.length} decisions.`
        : `Showing ${shown} of ${rows.length} decisions.`;
    };

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("reset", () => setTimeout(apply)); // fields reset after the event
    form.hidden = false;
    apply();
  }

  hubOnEveryPage(setUp);  // from hub.js, loaded first
})();
