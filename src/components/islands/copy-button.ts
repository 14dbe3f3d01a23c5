/**
 * A "Copy" button beside each `[data-copy]` block (the citations). Added by
 * script only, because without JavaScript it could not work; the text itself is
 * in a <pre> that can be selected either way. An <input type="button"> rather
 * than a <button>, so the page's text content stays the same with and without
 * JavaScript (an input's label is its value, not text in the page).
 */
import { announce } from "./announce.ts";

for (const block of document.querySelectorAll<HTMLElement>("[data-copy]")) {
  const what = block.dataset["copy"] ?? "text";
  const button = document.createElement("input");
  button.type = "button";
  button.value = "Copy";
  button.className = "copy-button";
  button.setAttribute("aria-label", `Copy the ${what}`);
  button.addEventListener("click", () => {
    const text = block.textContent ?? "";
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
