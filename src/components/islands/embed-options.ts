/**
 * The Embed view's options (view and theme): shows the choices, hidden without
 * JavaScript because they could not work, and on each change rewrites
 * the three snippets and the preview with the same pure function the page was
 * built with (src/lib/embed/snippet.ts), so what is copied is always a snippet
 * the site would have written. The copy buttons (copy-button.ts) copy the
 * snippet's current text.
 */
import { EMBED_THEMES, EMBED_VIEWS, type EmbedTheme, type EmbedView } from "../../lib/embed/protocol.ts";
import { embedSnippet, embedSrc, embedTitle, type EmbedOptions, type SnippetChart } from "../../lib/embed/snippet.ts";

interface State {
  readonly chart: SnippetChart;
  readonly origin: string;
  readonly pinned: string;
}

const isView = (v: unknown): v is EmbedView => (EMBED_VIEWS as readonly unknown[]).includes(v);
const isTheme = (v: unknown): v is EmbedTheme => (EMBED_THEMES as readonly unknown[]).includes(v);

function checked(root: HTMLElement, name: string): string | undefined {
  return root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
}

function enhance(root: HTMLElement): void {
  const form = root.querySelector<HTMLElement>("[data-embed-options]");
  const preview = root.querySelector<HTMLIFrameElement>("[data-embed-preview]");
  const state = JSON.parse(root.dataset["embedState"] ?? "null") as State | null;
  if (!form || !preview || !state) return;
  const snippets = {
    live: root.querySelector<HTMLElement>('[data-snippet="live"]'),
    fixed: root.querySelector<HTMLElement>('[data-snippet="fixed"]'),
    pinned: root.querySelector<HTMLElement>('[data-snippet="pinned"]'),
  };

  // The snippets as built match the default choices: undo any choice the browser restored from an earlier visit.
  for (const input of form.querySelectorAll("input")) input.checked = input.defaultChecked;
  form.addEventListener("change", () => {
    const view = checked(form, "embed-view");
    const theme = checked(form, "embed-theme");
    if (!isView(view) || !isTheme(theme)) return;
    const live: EmbedOptions = { view, theme, version: "live" };
    if (snippets.live) snippets.live.textContent = embedSnippet(state.chart, live, state.origin);
    if (snippets.fixed) snippets.fixed.textContent = embedSnippet(state.chart, live, state.origin, false);
    if (snippets.pinned) snippets.pinned.textContent = embedSnippet(state.chart, { ...live, version: state.pinned }, state.origin);
    preview.title = embedTitle(state.chart.title, view);
    preview.src = embedSrc(state.chart.id, live);
  });
  form.hidden = false;
}

/**
 * Sizes the preview with the listener the snippet loads (`data-listener`, /embed.js), fetched when the preview first
 * comes into view: the Embed view is a closed tab on arrival, and a script fetched with the page would delay its first
 * paint on a phone network. Without JavaScript the preview keeps its built height.
 */
function sizeWhenSeen(preview: HTMLIFrameElement): void {
  const src = preview.dataset["listener"];
  if (!src) return;
  const seen = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    seen.disconnect();
    const script = document.createElement("script");
    script.src = src;
    script.async = true;
    document.body.append(script);
  });
  seen.observe(preview);
}

document.querySelectorAll<HTMLElement>("[data-embed-state]").forEach(enhance);
document.querySelectorAll<HTMLIFrameElement>("iframe[data-listener]").forEach(sizeWhenSeen);

export {};
