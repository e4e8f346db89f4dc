/* The home page's search box hands what the reader types to Material's search, which
   shows results as they type, on a phone as on a laptop. Without this script the form
   still works: it reloads the home page with ?q=..., which Material's search opens with. */
function handHomeSearchToMaterial() {
  const form = document.querySelector("form.hub-home-search");
  const search = document.querySelector("input[data-md-component=search-query]");
  const toggle = document.getElementById("__search");
  if (!form || !search || !toggle) {
    return;
  }
  const box = form.querySelector("input[type=search]");
  const handOff = (event) => {
    if (event.type === "submit") {
      event.preventDefault();
    } else if (!box.value) {
      return;
    }
    search.value = box.value;
    box.value = "";
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    search.focus();
    search.dispatchEvent(new KeyboardEvent("keyup"));
  };
  box.addEventListener("input", handOff);
  form.addEventListener("submit", handOff);
}
hubOnEveryPage(handHomeSearchToMaterial);
