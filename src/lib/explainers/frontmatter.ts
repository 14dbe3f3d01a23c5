/**
 * The one reader of an explainer's frontmatter outside Astro: the YAML block
 * between the opening `---` lines, parsed with `yaml` (which keeps where every
 * value sits in the file), validated with the same schema as Astro's content
 * collection (`frontmatter-schema.ts`). Every problem, a YAML syntax error or a
 * field the schema refuses, comes back at its `file:line:column`.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import type { z } from "zod";
import { positionIndex } from "../data/positions.ts";
import type { Problem } from "../data/problems.ts";

export interface Frontmatter {
  /** The YAML text, and where it starts in the file. */
  readonly yaml: string;
  readonly offset: number;
  readonly document: Document;
}

export interface ListItem {
  readonly value: string;
  /** Offset in the whole file of the item's first character (inside any quotes). */
  readonly offset: number;
}

/** The frontmatter block of an MDX file, parsed, or null when it has none. */
export function frontmatterOf(text: string): Frontmatter | null {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!block) return null;
  const yaml = block[1] ?? "";
  return { yaml, offset: (block.index ?? 0) + block[0].indexOf(yaml), document: parseDocument(yaml, { prettyErrors: false }) };
}

/** Offset in the file of a node's value: its first character, inside any quotes. */
function valueOffset(front: Frontmatter, node: Node): number {
  const start = node.range?.[0] ?? 0;
  const quoted = isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
  return front.offset + start + (quoted ? 1 : 0);
}

/** A field's list items, each with its offset; empty when the field is absent or not a list. */
export function listField(front: Frontmatter, key: string): ListItem[] {
  const node = front.document.get(key, true);
  if (!isSeq(node)) return [];
  return node.items.flatMap((item) => (isScalar(item) ? [{ value: String(item.value), offset: valueOffset(front, item) }] : []));
}

/** The offset of the value at `path` (as in a schema issue), or of the deepest part of it that exists. */
function offsetOfPath(front: Frontmatter, path: readonly PropertyKey[]): number {
  let node: unknown = front.document.contents;
  let offset = front.offset;
  for (const key of path) {
    if (isMap(node) || isSeq(node)) {
      const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      const next = isMap(node) ? pair?.value : node.items[Number(key)];
      if (!next || typeof next !== "object" || !("range" in next)) {
        // The key is missing: point at the map itself (or its key when the value is empty).
        if (pair && isScalar(pair.key)) offset = valueOffset(front, pair.key);
        break;
      }
      node = next;
      offset = valueOffset(front, next as Node);
    } else break;
  }
  return offset;
}

/**
 * An explainer's frontmatter checked against `schema`: the parsed data, or
 * null with every problem at its `file:line:column`.
 */
export function readFrontmatter<S extends z.ZodType>(text: string, file: string, schema: S): { data: z.infer<S> | null; problems: Problem[] } {
  const at = positionIndex(text);
  const problem = (offset: number, message: string): Problem => ({ file, ...at(offset), message });
  const front = frontmatterOf(text);
  if (!front) return { data: null, problems: [problem(0, "no frontmatter: an explainer starts with a --- block holding its title, summary and dates")] };
  if (front.document.errors.length > 0) {
    return { data: null, problems: front.document.errors.map((e) => problem(front.offset + (e.pos[0] ?? 0), `frontmatter is not valid YAML: ${e.message.split("\n")[0]}`)) };
  }
  const result = schema.safeParse(front.document.toJS());
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: null,
    problems: result.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      return problem(offsetOfPath(front, issue.path), `frontmatter ${field}${issue.message}`);
    }),
  };
}
