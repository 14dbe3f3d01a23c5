/** Reading time and citation numbering for explainers: pure functions of the MDX text. */
import { findRefs } from "./refs.ts";

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
 * The sources an explainer cites, numbered in order of first citation: a
 * `<Cite source>` cites its source, a `<Figure claim>` cites its claim's source.
 */
export function citationOrder(mdx: string, sourceOfClaim: (claimId: string) => string | undefined): string[] {
  const order: string[] = [];
  for (const ref of findRefs(mdx)) {
    const source = ref.kind === "source" ? ref.id : ref.kind === "claim" ? sourceOfClaim(ref.id) : undefined;
    if (source !== undefined && !order.includes(source)) order.push(source);
  }
  return order;
}
