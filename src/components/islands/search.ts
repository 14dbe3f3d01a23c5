/**
 * Enhances the search form: queries Pagefind's index in the browser, filtered
 * by content type, and keeps the query in the URL (?q=...&type=...) so a search
 * can be shared. Pagefind's own script is loaded on first use only. Results are
 * built with DOM methods and textContent: nothing from the index becomes markup.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  const url = "/pagefind/pagefind.js";
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind excerpts mark hits with <mark>; rebuild them as text nodes and <mark> elements. */
function excerptNodes(excerpt: string): Node[] {
  const text = (html: string) => new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    if (!part.startsWith("<mark>")) return document.createTextNode(text(part));
    const mark = document.createElement("mark");
    mark.textContent = text(part.slice(6, -7));
    return mark;
  });
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>("[data-search-form]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  if (form && status && list) enhance(form, status, list);
}

function enhance(form: HTMLFormElement, status: HTMLElement, list: HTMLOListElement): void {
  const query = form.elements.namedItem("q") as HTMLInputElement;
  const type = form.elements.namedItem("type") as HTMLSelectElement;
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
    const engine = await loadPagefind();
    const found = await engine.search(q, type.value ? { filters: { type: type.value } } : {});
    const items = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    if (mine !== run) return; // a newer search has started
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement("li");
        const link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.meta["title"] ?? item.url;
        const kind = item.filters["type"]?.[0];
        const p = document.createElement("p");
        p.append(...excerptNodes(item.excerpt));
        li.append(link, kind ? ` (${kind})` : "", p);
        return li;
      }),
    );
    const n = found.results.length;
    status.textContent = n === 0 ? `No results for “${q}”.` : `${n} result${n === 1 ? "" : "s"} for “${q}”${n > 20 ? ", showing the first 20" : ""}.`;
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
