/**
 * A "Copy" button beside each `[data-copy]` block (the citations; a chart
 * citation's access-date slot is filled with the day of copying). Added by
 * script only, because without JavaScript it could not work; the text itself is
 * in a <pre> that can be selected either way. An <input type="button"> rather
 * than a <button>, so the page's text content stays the same with and without
 * JavaScript (an input's label is its value, not text in the page).
 */
import { announce } from "./announce.ts";

/** Today in the reader's own calendar, as YYYY-MM-DD. */
function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The block's text with each access-date slot (`[data-access-date]`, see chart-citation.ts) filled with today. */
function withAccessDate(block: HTMLElement): string {
  const copy = block.cloneNode(true) as HTMLElement;
  for (const slot of copy.querySelectorAll<HTMLElement>("[data-access-date]")) {
    const now = new Date();
    slot.textContent =
      slot.dataset["accessDate"] === "iso" ? todayIso(now) : new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" }).format(now);
  }
  return copy.textContent ?? "";
}

for (const block of document.querySelectorAll<HTMLElement>("[data-copy]")) {
  const what = block.dataset["copy"] ?? "text";
  const button = document.createElement("input");
  button.type = "button";
  button.value = "Copy";
  button.className = "copy-button";
  button.setAttribute("aria-label", `Copy the ${what}`);
  button.addEventListener("click", () => {
    const text = withAccessDate(block);
    navigator.clipboard.writeText(text).then(
      () => {
        button.value = "Copied";
        announce(`The ${what} is copied.`);
        window.setTimeout(() => (button.value = "Copy"), 2000);
      },
      () => {
        // No clipboard access (refused, or an insecure page): select the text for Ctrl+C or Cmd+C.
        window.getSelection()?.selectAllChildren(block);
        announce(`The ${what} is selected: press Ctrl+C or Cmd+C to copy it.`);
      },
    );
  });
  block.before(button);
}
