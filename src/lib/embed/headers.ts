/**
 * Reads the `_headers` file that static hosts (Netlify, Cloudflare Pages)
 * apply, and works out the headers a path gets, so tests can check the framing
 * rules without a host. Matching follows both hosts' documented rules: a path
 * pattern may end in `*` (any rest, slashes included) or hold `:placeholder`
 * segments; every matching rule applies, in file order; a header set by two
 * matching rules gets both values, joined by ", " (Cloudflare; Netlify sends
 * both); `! Name` detaches a header set by an earlier rule (Cloudflare only:
 * Netlify ignores such a line, which is why the site's rules never rely on it).
 */

export interface HeaderRule {
  readonly pattern: string;
  /** 1-based line of the pattern in the file. */
  readonly line: number;
  readonly set: readonly { readonly name: string; readonly value: string }[];
  readonly detach: readonly string[];
}

/** Parses `_headers` text; throws on a header line outside a rule or without a value. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: { pattern: string; line: number; set: { name: string; value: string }[]; detach: string[] }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith("/") && !line.startsWith("https://")) throw new Error(`_headers:${i + 1}: a rule starts with a path, not ${JSON.stringify(line)}`);
      rules.push({ pattern: line, line: i + 1, set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers:${i + 1}: header before any path`);
    if (line.startsWith("!")) {
      rule.detach.push(line.slice(1).trim().toLowerCase());
      return;
    }
    const colon = line.indexOf(":");
    const name = colon < 0 ? "" : line.slice(0, colon).trim();
    const value = colon < 0 ? "" : line.slice(colon + 1).trim();
    if (name === "" || value === "") throw new Error(`_headers:${i + 1}: expected "Name: value", got ${JSON.stringify(line)}`);
    rule.set.push({ name, value });
  });
  return rules;
}

/** Whether a rule's pattern matches a request path (no query). */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`).test(path);
}

/** The headers `path` is served with (names in lower case), after every matching rule in order. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const name of rule.detach) delete out[name];
    for (const { name, value } of rule.set) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/**
 * Which sites may frame a response, as a browser reads its headers: none
 * (`X-Frame-Options: DENY` or `frame-ancestors 'none'` in any of its CSPs:
 * several policies all apply), some (SAMEORIGIN or a list of sources), or any.
 */
export function framing(headers: Readonly<Record<string, string>>): "none" | "some" | "any" {
  const xfo = (headers["x-frame-options"] ?? "").toUpperCase();
  const ancestors = (headers["content-security-policy"] ?? "")
    .split(",")
    .flatMap((policy) => policy.split(";"))
    .map((d) => d.trim())
    .filter((d) => /^frame-ancestors\b/i.test(d))
    .map((d) => d.replace(/^frame-ancestors\s*/i, "").trim());
  if (xfo.includes("DENY") || ancestors.some((a) => a === "'none'")) return "none";
  if (xfo !== "" || ancestors.some((a) => a !== "*")) return "some";
  return "any";
}
