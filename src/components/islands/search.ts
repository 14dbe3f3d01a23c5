/**
 * Enhances the search form: switches it on (it is built disabled, since it
 * cannot work without JavaScript), queries Pagefind's index in the browser,
 * filtered by content type, and keeps the query in the URL (?q=...&type=...)
 * so a search can be shared. Pagefind's own script is loaded on first use only.
 *
 * Each result is a title linking to the best place (a figure's row, an
 * explainer's section), what kind of thing it is, and a sentence with the
 * matches highlighted. Results are built with DOM methods and textContent:
 * nothing from the index becomes markup, and excerpts are read with
 * lib/site/search-text.ts, which shows the text exactly as the page holds it.
 */
import { excerptInContext, titleText } from "../../lib/site/search-text.ts";
import { countOf } from "../../lib/format/plural.ts";

interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const SHOWN = 20;
// Words per excerpt: Pagefind's default (30) cut most figure and source records mid-sentence; 45 shows them whole.
const EXCERPT_WORDS = 45;

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  const url = "/pagefind/pagefind.js";
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (engine) => {
    await engine.options({ excerptLength: EXCERPT_WORDS });
    return engine;
  });
  return pagefind;
}

/** The excerpt as text nodes and <mark> elements, with an ellipsis where it cuts the text. */
function excerptNodes(excerpt: string, content: string): Node[] {
  return excerptInContext(excerpt, content).map((part) => {
    if (!part.match) return document.createTextNode(part.text);
    const mark = document.createElement("mark");
    mark.textContent = part.text;
    return mark;
  });
}

/**
 * Where a result should lead, and the excerpt to show: a page's best-matching
 * section (Pagefind's first sub-result) when it has its own anchor, else the
 * page or record itself (a record's address is already its row's anchor).
 */
function target(item: PagefindData): { href: string; section: string | null; excerpt: string } {
  const best = item.sub_results?.[0];
  if (best && best.url !== item.url && best.url.includes("#")) return { href: best.url, section: titleText(best.title), excerpt: best.excerpt };
  return { href: item.url, section: null, excerpt: item.excerpt };
}

function resultItem(item: PagefindData): HTMLLIElement {
  const { href, section, excerpt } = target(item);
  const li = document.createElement("li");
  li.className = "search-result";
  const kind = item.filters["type"]?.[0];
  if (kind) {
    const label = document.createElement("p");
    label.className = "search-result-kind";
    label.textContent = kind;
    li.append(label);
  }
  const heading = document.createElement("h2");
  heading.className = "search-result-title";
  const link = document.createElement("a");
  link.href = href;
  link.textContent = titleText(item.meta["title"] ?? item.url);
  heading.append(link);
  if (section !== null && section !== link.textContent) {
    const where = document.createElement("span");
    where.className = "search-result-section";
    where.textContent = ` › ${section}`;
    heading.append(where);
  }
  const sentence = document.createElement("p");
  sentence.className = "search-result-excerpt";
  sentence.append(...excerptNodes(excerpt, item.content));
  li.append(heading, sentence);
  return li;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>("[data-search-form]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  // The note explains why search is off without JavaScript: here it is on.
  const note = document.querySelector<HTMLElement>("[data-search-note]");
  if (form && status && list) {
    enhance(form, status, list);
    if (note) note.hidden = true;
  }
}

function enhance(form: HTMLFormElement, status: HTMLElement, list: HTMLOListElement): void {
  const query = form.elements.namedItem("q") as HTMLInputElement;
  const type = form.elements.namedItem("type") as HTMLSelectElement;
  for (const fieldset of form.querySelectorAll("fieldset")) fieldset.disabled = false;
  let run = 0;

  async function search(): Promise<void> {
    const mine = ++run;
    const q = query.value.trim();
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (type.value) params.set("type", type.value);
    history.replaceState(null, "", params.size ? `?${params}` : location.pathname);
    if (!q) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = "Searching…";
    try {
      const engine = await loadPagefind();
      const found = await engine.search(q, type.value ? { filters: { type: type.value } } : {});
      const items = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
      if (mine !== run) return; // a newer search has started
      list.replaceChildren(...items.map(resultItem));
      const n = found.results.length;
      status.textContent =
        n === 0 ? `No results for “${q}”.` : `${countOf(n, "result")} for “${q}”${n > SHOWN ? `, showing the first ${SHOWN}` : ""}.`;
    } catch {
      if (mine !== run) return;
      list.replaceChildren();
      status.textContent = "Search could not load its index. Every page is also listed under “Browse instead” below.";
    }
  }

  const initial = new URLSearchParams(location.search);
  query.value = initial.get("q") ?? "";
  type.value = initial.get("type") ?? "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void search();
  });
  let timer: number | undefined;
  query.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), 200);
  });
  type.addEventListener("change", () => void search());
  if (query.value) void search();
}
