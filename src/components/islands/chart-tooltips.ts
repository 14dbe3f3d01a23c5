/**
 * Tooltips and highlighting for inline charts. Marks are
 * `<g class="datum" data-tip="...">` inside an <svg role="img">, which must
 * hold nothing focusable, so the drawing's wrapper takes focus instead: arrow
 * keys (and Home/End) step a highlight through the marks in document order,
 * Escape clears it, and a polite live region reads each mark's text. Focus
 * from the keyboard opens the first mark's tooltip. Pointer hover shows the
 * same tooltip; a tap or click on a mark opens it and keeps it (a tap elsewhere
 * on the chart closes it). Text goes in with textContent only.
 */

const HINT = "Use the arrow keys to step through the data; Escape clears.";

let live: HTMLElement | null = null;

function liveRegion(): HTMLElement {
  if (!live) {
    live = document.createElement("p");
    live.className = "chart-live visually-hidden";
    live.setAttribute("aria-live", "polite");
    document.body.append(live);
  }
  return live;
}

function enhance(figure: HTMLElement, index: number): void {
  const tip = document.createElement("p");
  tip.className = "chart-tip";
  tip.hidden = true;
  tip.setAttribute("aria-hidden", "true");
  figure.append(tip);

  const hint = document.createElement("p");
  hint.id = `chart-hint-${index}`;
  hint.hidden = true;
  hint.textContent = HINT;
  figure.append(hint);

  let active: Element | null = null;

  function show(datum: Element | null, announce: boolean): void {
    active?.classList.remove("is-active");
    active = datum;
    if (!datum) {
      tip.hidden = true;
      return;
    }
    datum.classList.add("is-active");
    const text = datum.getAttribute("data-tip") ?? "";
    tip.textContent = text;
    tip.hidden = false;
    if (announce) liveRegion().textContent = text;
    // Above the mark, centred and kept inside the figure; below it when there is no room above.
    const box = figure.getBoundingClientRect();
    const mark = datum.getBoundingClientRect();
    const left = mark.left - box.left + mark.width / 2 - tip.offsetWidth / 2;
    const above = mark.top - box.top - tip.offsetHeight - 6;
    tip.style.left = `${Math.round(Math.max(0, Math.min(left, box.width - tip.offsetWidth)))}px`;
    tip.style.top = `${Math.round(above >= 0 ? above : mark.bottom - box.top + 6)}px`;
  }

  figure.querySelectorAll<HTMLElement>(".chart-variant").forEach((variant) => {
    const datums = [...variant.querySelectorAll(".datum[data-tip]")];
    if (datums.length === 0) return;
    const title = variant.querySelector("svg > title")?.textContent ?? "Chart";
    let openedByFocus = false;
    variant.tabIndex = 0;
    variant.setAttribute("role", "group");
    variant.setAttribute("aria-label", `${title}, interactive`);
    variant.setAttribute("aria-describedby", hint.id);

    variant.addEventListener("keydown", (event) => {
      // After focus opened the first mark, the first arrow still starts from the beginning (that mark, now announced).
      const at = active && !openedByFocus ? datums.indexOf(active) : -1;
      openedByFocus = false;
      const last = datums.length - 1;
      const moves: Record<string, number> = {
        ArrowRight: at < 0 ? 0 : Math.min(last, at + 1),
        ArrowDown: at < 0 ? 0 : Math.min(last, at + 1),
        ArrowLeft: at < 0 ? last : Math.max(0, at - 1),
        ArrowUp: at < 0 ? last : Math.max(0, at - 1),
        Home: 0,
        End: last,
      };
      const next = moves[event.key];
      if (next !== undefined) {
        event.preventDefault();
        show(datums[next] ?? null, true);
      } else if (event.key === "Escape" && active) {
        event.preventDefault();
        show(null, false);
      }
    });
    variant.addEventListener("focusout", () => show(null, false));
    // Keyboard focus (not the focus a click gives) opens the first mark, so the tooltip is found without a hint.
    variant.addEventListener("focus", () => {
      if (active || !variant.matches(":focus-visible")) return;
      show(datums[0] ?? null, true);
      openedByFocus = true;
    });
    // A tap or click: open the mark under it (announced), or close when it missed every mark.
    variant.addEventListener("click", (event) => {
      const datum = (event.target as Element).closest(".datum[data-tip]");
      show(datum, datum !== null);
    });
    variant.addEventListener("pointerover", (event) => {
      // Off the marks, a keyboard highlight stays; a hover highlight goes.
      const datum = (event.target as Element).closest(".datum[data-tip]");
      if (datum !== active && (datum || document.activeElement !== variant)) show(datum, false);
    });
    variant.addEventListener("pointerleave", (event) => {
      // A touch ends with pointerleave: the tapped mark's tooltip stays until the next tap.
      if (event.pointerType !== "touch" && document.activeElement !== variant) show(null, false);
    });
  });
}

document.querySelectorAll<HTMLElement>(".chart-figure").forEach(enhance);

// A module, so its names stay its own.
export {};
