/**
 * Chart page views as tabs (WAI-ARIA tabs pattern, automatic activation).
 * Without JavaScript the page is four sections with headings; this turns them
 * into a tablist: Left/Right arrows (wrapping), Home and End move and select,
 * and the open view is kept in the URL (`?view=table`) so a shared link opens
 * it. Print shows every section (see the page's print styles).
 */

interface Tab {
  readonly view: string;
  readonly tab: HTMLButtonElement;
  readonly panel: HTMLElement;
}

function enhance(root: HTMLElement): void {
  const slot = root.querySelector<HTMLElement>("[data-tabs-slot]");
  const panels = [...root.querySelectorAll<HTMLElement>("section[data-view]")];
  if (!slot || panels.length === 0) return;

  const list = document.createElement("div");
  list.setAttribute("role", "tablist");
  list.setAttribute("aria-label", root.dataset["tabsLabel"] ?? "Views");
  list.className = "chart-tablist";

  const tabs: Tab[] = panels.map((panel) => {
    const view = panel.dataset["view"] ?? "";
    const tab = document.createElement("button");
    tab.type = "button";
    tab.id = `${panel.id}-tab`;
    tab.className = "chart-tab";
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-controls", panel.id);
    tab.textContent = panel.querySelector("h2")?.textContent ?? view;
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", tab.id);
    panel.tabIndex = 0;
    list.append(tab);
    return { view, tab, panel };
  });

  function select(index: number, focus: boolean): void {
    tabs.forEach((t, i) => {
      const on = i === index;
      t.tab.setAttribute("aria-selected", String(on));
      t.tab.tabIndex = on ? 0 : -1;
      t.panel.hidden = !on;
    });
    const chosen = tabs[index];
    if (!chosen) return;
    if (focus) chosen.tab.focus();
    const url = new URL(location.href);
    // The first view is the default: its URL carries no parameter.
    if (index === 0) url.searchParams.delete("view");
    else url.searchParams.set("view", chosen.view);
    if (url.href !== location.href) history.replaceState(history.state, "", url);
  }

  list.addEventListener("click", (event) => {
    const index = tabs.findIndex((t) => t.tab === (event.target as Element).closest("[role=tab]"));
    if (index >= 0) select(index, true);
  });
  list.addEventListener("keydown", (event) => {
    const current = tabs.findIndex((t) => t.tab === document.activeElement);
    const last = tabs.length - 1;
    const next = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (next === undefined || current < 0) return;
    event.preventDefault();
    select(next, true);
  });

  slot.append(list);
  // `?view=table`, else a `#view-table` link, else the first view; anything unknown opens the first view.
  const wanted = new URLSearchParams(location.search).get("view") ?? tabs.find((t) => `#${t.panel.id}` === location.hash)?.view;
  select(Math.max(0, tabs.findIndex((t) => t.view === wanted)), false);
}

document.querySelectorAll<HTMLElement>("[data-chart-views]").forEach(enhance);

// A module, so its names stay its own.
export {};
