/** Reading time and citation numbering for explainers: pure functions of the MDX text. */
import { findRefs, type RefKind } from "./refs.ts";

/** Words of prose: frontmatter, import lines, component tags and markup removed. */
export function wordCount(mdx: string): number {
  const body = mdx
    .replace(/^---[\s\S]*?\n---/, "")
    .replace(/^import .*$/gm, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/[#*_`>[\]()|-]/g, " ");
  return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 220 words a minute, at least 1. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(wordCount(mdx) / 220));
}

/**
 * The sources an explainer cites, numbered in order of first citation. Every
 * reference that prints a citation counts: `<Cite source>` cites its source;
 * `<Figure claim>`, `<Price id>`, `<EventDate id>`, `<StepDate id>` and
 * `<Detail cell>` cite their row's source. `sourceOf` says which source a
 * reference cites (undefined for references that cite nothing, such as charts);
 * `sourceOfRef` in lookup.ts is the real one.
 */
export function citationOrder(mdx: string, sourceOf: (kind: RefKind, id: string) => string | undefined): string[] {
  const order: string[] = [];
  for (const ref of findRefs(mdx)) {
    const source = sourceOf(ref.kind, ref.id);
    if (source !== undefined && !order.includes(source)) order.push(source);
  }
  return order;
}
