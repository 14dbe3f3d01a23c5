/**
 * The one reader of an explainer's frontmatter outside Astro: the block between
 * the opening `---` lines, and a field's scalar value or flow list (`[a, b]`)
 * with the offset of each item, so a bad id is reported at its
 * `file:line:column`. Astro's content collection (src/content.config.ts)
 * validates the same fields; this reads only what the checks need.
 */

export interface Frontmatter {
  /** The YAML text, and where it starts in the file. */
  readonly yaml: string;
  readonly offset: number;
}

export interface ListItem {
  readonly value: string;
  /** Offset in the whole file of the item's first character (inside any quotes). */
  readonly offset: number;
}

/** The frontmatter block of an MDX file, or null when it has none. */
export function frontmatterOf(text: string): Frontmatter | null {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!block) return null;
  const yaml = block[1] ?? "";
  return { yaml, offset: (block.index ?? 0) + block[0].indexOf(yaml) };
}

/** A field's flow list (`key: [a, "b"]`), each item with its offset; empty when the field is absent. */
export function listField(front: Frontmatter, key: string): ListItem[] {
  const list = new RegExp(`^${key}:\\s*\\[([^\\]]*)\\]`, "m").exec(front.yaml);
  if (!list) return [];
  const start = front.offset + (list.index ?? 0) + list[0].indexOf("[") + 1;
  return [...(list[1] ?? "").matchAll(/["']?([A-Za-z0-9_-]+)["']?/g)].map((item) => ({
    value: item[1] ?? "",
    offset: start + (item.index ?? 0) + (item[0].startsWith('"') || item[0].startsWith("'") ? 1 : 0),
  }));
}

/** A field's one-line scalar, unquoted (`title: "A \"b\""` -> `A "b"`); null when absent. */
export function scalarField(front: Frontmatter, key: string): string | null {
  const m = new RegExp(`^${key}:\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|'([^']*)'|(.+))$`, "m").exec(front.yaml);
  if (!m) return null;
  return (m[1] ?? m[2] ?? m[3] ?? "").replace(/\\"/g, '"').trim();
}
