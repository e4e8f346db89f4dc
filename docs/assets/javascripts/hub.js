/* York practice hub: small progressive enhancements. Every page reads and
   prints without this script. */

/* "Printed on DATE": the build date is in the page; on printing, show today. */
window.addEventListener("beforeprint", () => {
  const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  for (const note of document.querySelectorAll(".hub-printed")) {
    note.textContent = `Printed on ${today}. Check the hub for the latest version.`;
  }
});
