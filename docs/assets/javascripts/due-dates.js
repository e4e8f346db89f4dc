/* When is it due? Work out due dates from the date of an event, in the browser.

   One code path for both places the tool appears: the "When is it due?" page
   (a form for every timescale from one event) and "Work out the date" beside each
   timescale on Timescales at a glance (a small form for that timescale). Both read
   the same data from the page's data-due attribute and give the same messages.

   The same sums as src/yorkhub/features/timescales/due.py, from the data the
   build puts in that data-due attribute (JSON; not a script element, which
   Material's instant navigation would try to run): the day of the event is day 0; working days
   skip weekends and England's bank holidays; months keep the day of the month or
   take the last day of a shorter one; a recurring rule gives three dates, each
   from the one before. Nothing entered is stored or sent. Dates are whole days
   counted in UTC, so clock changes never move a date. */
(() => {
  "use strict";

  const DAY = 86400000;
  const REPEATS = 3;
  const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];

  /* "2026-03-03" (or "3/3/2026", where a browser shows a plain text box) to a UTC
     date, or null if it is not a real date. */
  function parse(text) {
    const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text || "");
    if (!isoMatch && !uk) return null;
    const [year, month, day] = isoMatch ? isoMatch.slice(1).map(Number) : uk.slice(1).reverse().map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1
      && date.getUTCDate() === day;
    return real ? date : null;
  }

  const iso = (date) => date.toISOString().slice(0, 10);
  const words = (date) =>
    `${DAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

  class OutsideYears extends Error {}

  function makeCalendar(data) {
    const holidays = new Set(data.bankHolidays);
    const first = parse(data.first);
    const last = parse(data.last);
    const covers = (date) => date >= first && date <= last;
    const outside = (date) => new OutsideYears(
      `${words(date)} is outside the years the hub knows bank holidays for `
      + `(${first.getUTCFullYear()} to ${last.getUTCFullYear()}): count the days by hand.`);
    const isWorkingDay = (date) => date.getUTCDay() % 6 !== 0 && !holidays.has(iso(date));
    return { covers, outside, isWorkingDay };
  }

  function addMonths(start, count) {
    const index = start.getUTCMonth() + count;
    const year = start.getUTCFullYear() + Math.floor(index / 12);
    const month = index % 12;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay)));
  }

  function addWorkingDays(start, count, calendar) {
    let day = start;
    while (count > 0) {
      day = new Date(day.getTime() + DAY);
      if (!calendar.covers(day)) throw calendar.outside(day);
      if (calendar.isWorkingDay(day)) count -= 1;
    }
    return day;
  }

  function after(unit, count, start, calendar) {
    if (unit === "calendar-days") return new Date(start.getTime() + count * DAY);
    if (unit === "weeks") return new Date(start.getTime() + count * 7 * DAY);
    if (unit === "months") return addMonths(start, count);
    if (unit === "working-days") return addWorkingDays(start, count, calendar);
    throw new Error(`unknown unit ${unit}`);
  }

  function dueDates(timescale, event, calendar) {
    if (!calendar.covers(event)) throw calendar.outside(event);
    const dates = [];
    let last = event;
    for (let n = 0; n < (timescale.recurring ? REPEATS : 1); n += 1) {
      last = after(timescale.unit, timescale.count, last, calendar);
      dates.push(last);
    }
    return dates;
  }

  /* The due date(s) as <time> elements, or the reason there are none. */
  function dueParts(timescale, event, calendar) {
    try {
      const parts = [];
      dueDates(timescale, event, calendar).forEach((date, n) => {
        if (n) parts.push(document.createElement("br"));
        const time = document.createElement("time");
        time.dateTime = iso(date);
        time.textContent = words(date);
        parts.push(time);
      });
      return parts;
    } catch (error) {
      if (!(error instanceof OutsideYears)) throw error;
      const note = document.createElement("span");
      note.dataset.dueOutside = "";
      note.textContent = error.message;
      return [note];
    }
  }

  function cell(row, content, header) {
    const element = document.createElement(header ? "th" : "td");
    if (header) element.scope = "row";
    if (typeof content === "string") element.textContent = content;
    else element.append(...content);
    row.append(element);
  }

  function whatCell(timescale) {
    const row = [...document.querySelectorAll(".md-content a[href*='#']")]
      .find((a) => a.hash === `#${timescale.id}`);
    if (!row) return timescale.what;
    const link = document.createElement("a");
    link.href = row.href;
    link.textContent = timescale.what;
    return [link];
  }

  function resultsTable(data, chosen, event, calendar) {
    const table = document.createElement("table");
    const caption = table.createCaption();
    caption.textContent = `When each timescale is due: ${data.events[chosen]}, ${words(event)}`;
    const head = table.createTHead().insertRow();
    for (const name of ["What", "Due", "Rule", "Must or should?", "Source"]) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = name;
      head.append(th);
    }
    const body = table.createTBody();
    for (const timescale of data.timescales.filter((t) => t.event === chosen)) {
      const row = body.insertRow();
      row.dataset.timescale = timescale.id;
      cell(row, whatCell(timescale), true);
      cell(row, dueParts(timescale, event, calendar));
      cell(row, timescale.rule);
      cell(row, timescale.duty);
      cell(row, timescale.source);
    }
    return table;
  }

  /* Wire one form: read its date field on change or submit, put a problem beside the
     field, or hand the date to ``show``, which fills the results and returns what to
     announce (text or nodes). The same messages wherever the tool is. */
  function wire(form, calendar, show) {
    const field = form.elements.date;
    const message = form.querySelector("[data-due-message]");
    const status = form.querySelector("[data-due-status]");
    const update = () => {
      const event = parse(field.value);
      let problem = null;
      if (!event) {
        const typed = field.validity && field.validity.badInput;
        problem = typed || field.value
          ? "This is not a whole, real date. Check the day, month and year."
          : "Enter the date it happened, as day, month and year.";
      } else if (!calendar.covers(event)) problem = calendar.outside(event).message;
      message.textContent = problem || "";
      if (problem) field.setAttribute("aria-invalid", "true");
      else field.removeAttribute("aria-invalid");
      const said = show(problem ? null : event);
      status.replaceChildren(...(problem ? [problem] : [].concat(said)));
    };
    form.addEventListener("change", update);
    form.addEventListener("submit", (event) => { event.preventDefault(); update(); });
    form.hidden = false;
  }

  /* The "When is it due?" page: every timescale from the chosen event, in a table. */
  function setUpPage(form, data, calendar) {
    const choice = form.elements.event;
    const results = form.querySelector("[data-due-results]");
    wire(form, calendar, (event) => {
      if (!event) return results.replaceChildren();
      const count = data.timescales.filter((t) => t.event === choice.value).length;
      // Wrapped as Material wraps tables, so a wide one scrolls and hub.js makes it reachable.
      const wrap = document.createElement("div");
      wrap.className = "md-typeset__scrollwrap";
      const inner = document.createElement("div");
      inner.className = "md-typeset__table";
      inner.append(resultsTable(data, choice.value, event, calendar));
      wrap.append(inner);
      results.replaceChildren(wrap);
      if (typeof makeWideTablesFocusable === "function") makeWideTablesFocusable();
      return `${count} ${count === 1 ? "timescale runs" : "timescales run"} from `
        + `${data.events[choice.value].toLowerCase()} on ${words(event)}. The dates are in the table below.`;
    });
    // Opened from "Every timescale from this event" beside a timescale: its event is chosen.
    const wanted = asked || (/^#from-(.+)$/.exec(location.hash) || [])[1];
    asked = null;
    const chosen = wanted && [...choice.options].some((option) => option.value === wanted);
    if (chosen) {
      choice.value = wanted;
      form.elements.date.focus();
    }
  }

  /* "Work out the date" beside one timescale: its due date(s), said in a sentence. */
  function setUpBeside(form, timescale, calendar) {
    const tool = form.closest("details");
    wire(form, calendar, (event) => {
      if (!event) {
        delete tool.dataset.dueResult;
        return [];
      }
      tool.dataset.dueResult = "";
      const parts = dueParts(timescale, event, calendar);
      if (parts[0].dataset.dueOutside !== undefined) return parts;
      const dates = parts.filter((part) => part.tagName === "TIME");
      const joined = dates.flatMap((date, n) => (n ? [", then ", date] : [date]));
      return [`From ${words(event)}: due `, ...joined, "."];
    });
    /* Material opens every details element to print it; only a tool the reader left
       open prints (hub.css), so its open state is kept apart from printing's. */
    tool.addEventListener("toggle", () => {
      if (printing) return;
      if (tool.open) tool.dataset.dueOpen = "";
      else delete tool.dataset.dueOpen;
    });
  }

  function setUp() {
    const holder = document.querySelector("[data-due]");
    if (!holder || holder.dataset.ready) return;
    holder.dataset.ready = "true";
    const data = JSON.parse(holder.dataset.due);
    const calendar = makeCalendar(data.calendar);
    const form = document.querySelector("[data-due-form]");
    if (form) setUpPage(form, data, calendar);
    const byId = new Map(data.timescales.map((t) => [t.id, t]));
    for (const beside of document.querySelectorAll("[data-due-here]")) {
      const timescale = byId.get(beside.dataset.dueHere);
      if (timescale) setUpBeside(beside, timescale, calendar);
    }
  }

  /* The event a "#from-..." link asks for, kept in memory for the next page:
     with instant navigation, Material's section tracking replaces the address's #from-... */
  let asked = null;
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a[href*='#from-']");
    if (link) asked = link.hash.slice("#from-".length);
  }, true);

  let printing = false;
  window.addEventListener("beforeprint", () => { printing = true; });
  window.addEventListener("afterprint", () => { printing = false; });

  hubOnEveryPage(setUp);  // from hub.js, loaded first: on first load and after each page swap
})();
