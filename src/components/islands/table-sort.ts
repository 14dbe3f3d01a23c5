/**
 * Sortable columns for `table[data-sortable]`: each column heading becomes a
 * button (same text, so the page reads the same with and without JavaScript);
 * a click sorts ascending, a second descending, and `aria-sort` says which.
 * Rows are moved, never rebuilt, so every row, its id anchor and its links stay.
 */
import { compareCells } from "../../lib/catalogue/sort-order.ts";
import { announce } from "./announce.ts";

for (const table of document.querySelectorAll<HTMLTableElement>("table[data-sortable]")) {
  const body = table.tBodies[0];
  if (!body) continue;
  const rows = [...body.rows];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th")];
  headers.forEach((th, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      const numeric = th.dataset["type"] === "number";
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const keyed = rows.map((row, index) => ({ row, index, key: row.cells[column]?.textContent?.trim() ?? "" }));
      keyed.sort((a, b) => compareCells(a.key, b.key, numeric, ascending) || a.index - b.index);
      body.append(...keyed.map((k) => k.row));
      announce(`Sorted by ${button.textContent ?? ""}, ${ascending ? "ascending" : "descending"}.`);
    });
  });
}
