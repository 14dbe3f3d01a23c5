/**
 * Case filters on /cases/. The page lists every case and has a plain GET form;
 * this script makes that form filter the list in place: it reads the filters
 * from the URL on load, hides the cases that do not match (the `hidden`
 * attribute, so nothing is rebuilt and every anchor stays), keeps the URL in
 * step with history.replaceState (so a reload or a shared link shows the same
 * list), and updates the polite live region with the count. Native selects and
 * buttons only: Tab, arrow keys and typing work as in any form.
 *
 * With no filter in the URL it changes nothing on the page, so the page reads
 * the same with and without JavaScript.
 */
import {
  FILTER_KEYS,
  NO_FILTER,
  countText,
  matchesFilter,
  parseFilterState,
  serializeFilterState,
  type AllowedValues,
  type FilterKey,
  type FilterState,
} from "../../lib/cases/filter-state.ts";

const form = document.querySelector<HTMLFormElement>("form[data-case-filters]");
const count = document.getElementById("case-count");
const none = document.getElementById("case-none");
const items = [...document.querySelectorAll<HTMLElement>("[data-case]")];

function select(key: FilterKey): HTMLSelectElement | null {
  const field = form?.elements.namedItem(key);
  return field instanceof HTMLSelectElement ? field : null;
}

const words = (text: string | undefined) => (text ?? "").split(/\s+/).filter((w) => w !== "");

const facets = items.map((item) => ({
  item,
  facets: { platforms: words(item.dataset["platforms"]), status: item.dataset["status"] ?? "", years: words(item.dataset["years"]) },
}));

function allowed(): AllowedValues {
  const values = (key: FilterKey) => [...(select(key)?.options ?? [])].map((o) => o.value).filter((v) => v !== "");
  return { platform: values("platform"), status: values("status"), year: values("year") };
}

function fromForm(): FilterState {
  const value = (key: FilterKey) => select(key)?.value || null;
  return { platform: value("platform"), status: value("status"), year: value("year") };
}

function show(state: FilterState): void {
  let shown = 0;
  for (const { item, facets: f } of facets) {
    const match = matchesFilter(f, state);
    item.hidden = !match;
    if (match) shown++;
  }
  if (none) none.hidden = shown > 0;
  const text = countText(shown, items.length);
  // Only a real change is written, so a page loaded without filters is left exactly as built.
  if (count && count.textContent !== text) count.textContent = text;
}

function remember(state: FilterState): void {
  const query = serializeFilterState(state, location.search);
  if (query !== location.search) history.replaceState(history.state, "", `${location.pathname}${query}${location.hash}`);
}

function update(): void {
  const state = fromForm();
  show(state);
  remember(state);
}

if (form) {
  // Built switched off for readers without JavaScript (CaseFilters.astro): switch on, and drop the note saying so.
  for (const fieldset of form.querySelectorAll("fieldset")) fieldset.disabled = false;
  const note = form.querySelector<HTMLElement>("[data-case-filters-note]");
  if (note) note.hidden = true;
  const initial = parseFilterState(location.search, allowed());
  for (const key of FILTER_KEYS) {
    const field = select(key);
    if (field) field.value = initial[key] ?? "";
  }
  show(initial);
  remember(initial);
  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener("reset", (event) => {
    // Reset to "all" rather than to the options selected when the page was built or loaded.
    event.preventDefault();
    for (const key of FILTER_KEYS) {
      const field = select(key);
      if (field) field.value = "";
    }
    show(NO_FILTER);
    remember(NO_FILTER);
  });
}
