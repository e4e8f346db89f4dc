/* Induction checklist: a tick box for each page, kept in this browser only.

   Ticks live in localStorage under one key, as {"about/index": true, ...}:
   nothing is sent to a server. Without this script the checklist is a plain
   list of links. Material's instant navigation swaps pages without reloading,
   so hub.js runs the set-up on each page (and from files, where document$ is silent). */
(() => {
  "use strict";

  const KEY = "yorkhub.induction.ticks";

  function load() {
    try {
      return JSON.parse(window.localStorage.getItem(KEY) || "{}") || {};
    } catch (error) {
      return null; // storage blocked (private window, policy): ticks cannot be kept
    }
  }

  function save(ticks) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(ticks));
    } catch (error) {
      /* the tick still shows until the page is left */
    }
  }

  function report(progress, boxes, stored) {
    const done = boxes.filter((box) => box.checked).length;
    const kept = stored ? "" : " Your browser is not keeping ticks, so they will be lost when you leave.";
    progress.textContent = `You have ticked ${done} of ${boxes.length} pages.${kept}`;
    progress.hidden = false;
  }

  function addBox(item, ticks, onChange) {
    const key = item.dataset.inductionItem;
    const title = (item.querySelector("a") || item).textContent.trim();
    const box = document.createElement("input");
    box.type = "checkbox";
    box.className = "hub-induction__box";
    box.id = `induction-${key.replace(/[^a-z0-9]+/gi, "-")}`;
    box.checked = Boolean(ticks[key]);
    box.setAttribute("aria-label", `Read: ${title}`);
    box.addEventListener("change", () => onChange(key, box.checked));
    item.prepend(box);
    item.classList.add("hub-induction__item--enhanced");
    return box;
  }

  function setUp() {
    const items = [...document.querySelectorAll("[data-induction-list] [data-induction-item]")];
    if (!items.length || items[0].querySelector(".hub-induction__box")) return;
    const stored = load();
    const ticks = stored || {};
    const progress = document.querySelector("[data-induction-progress]");
    const boxes = [];
    const onChange = (key, checked) => {
      if (checked) ticks[key] = true; else delete ticks[key];
      save(ticks);
      if (progress) report(progress, boxes, stored !== null);
    };
    for (const item of items) boxes.push(addBox(item, ticks, onChange));
    if (progress) report(progress, boxes, stored !== null);
  }

  hubOnEveryPage(setUp);  // from hub.js, loaded first
})();
