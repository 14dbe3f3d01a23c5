import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { framing, headersFor, parseHeaders, patternMatches } from "../../../src/lib/embed/headers.ts";

const FILE = readFileSync(new URL("../../../public/_headers", import.meta.url), "utf8");
const rules = parseHeaders(FILE);

/** A site path for every top-level route in src/pages: `index.astro` -> `/`, `about.astro` and `cases/` -> `/about/`, `/cases/`. */
function sectionPaths(): string[] {
  return readdirSync(new URL("../../../src/pages/", import.meta.url), { withFileTypes: true })
    .map((e) => (e.isDirectory() ? e.name : e.name.replace(/\.astro$/, "")))
    .filter((name) => !/\.(ts|js)$/.test(name)) // endpoints (feed.xml, embed.js) are not pages
    .map((name) => (name === "index" ? "/" : name === "404" ? "/404.html" : `/${name}/`));
}

describe("parseHeaders(text)", () => {
  test("reads rules, headers and detached names; skips comments and blank lines", () => {
    expect(parseHeaders("# c\n/a/*\n  X-A: 1\n  ! X-B\n\n/b\n  X-C: a: b\n")).toEqual([
      { pattern: "/a/*", line: 2, set: [{ name: "X-A", value: "1" }], detach: ["x-b"] },
      { pattern: "/b", line: 6, set: [{ name: "X-C", value: "a: b" }], detach: [] },
    ]);
  });
  test.each([
    ["  X-A: 1\n", /header before any path/],
    ["/a\n  X-A\n", /expected "Name: value"/],
    ["/a\n  X-A:\n", /expected "Name: value"/],
    ["a/b\n", /starts with a path/],
  ])("refuses %j", (text, message) => {
    expect(() => parseHeaders(text)).toThrow(message);
  });
});

describe("patternMatches(pattern, path)", () => {
  test.each([
    ["/", "/", true],
    ["/", "/about/", false],
    ["/charts/*", "/charts/", true],
    ["/charts/*", "/charts/a/b.png", true],
    ["/charts/*", "/chartsx/", false],
    ["/embed/*", "/embed/a/1.0.0/", true],
    ["/charts/:id/oembed.json", "/charts/a/oembed.json", true],
    ["/charts/:id/oembed.json", "/charts/a/b/oembed.json", false],
    ["/a.b", "/aXb", false],
  ])("%s ~ %s: %s", (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected);
  });
});

describe("headersFor(rules, path) and framing(headers)", () => {
  test("every matching rule applies; repeated headers join; ! detaches", () => {
    const r = parseHeaders("/*\n  X-A: 1\n  X-B: 2\n/x/*\n  X-A: 3\n  ! X-B\n");
    expect(headersFor(r, "/x/y")).toEqual({ "x-a": "1, 3" });
    expect(headersFor(r, "/z")).toEqual({ "x-a": "1", "x-b": "2" });
  });
  test.each([
    [{ "x-frame-options": "DENY" }, "none"],
    [{ "content-security-policy": "default-src 'self', frame-ancestors 'none'" }, "none"],
    [{ "content-security-policy": "frame-ancestors *, frame-ancestors 'none'" }, "none"],
    [{ "x-frame-options": "SAMEORIGIN" }, "some"],
    [{ "content-security-policy": "frame-ancestors https://a.example" }, "some"],
    [{ "content-security-policy": "frame-ancestors *" }, "any"],
    [{}, "any"],
  ] as const)("%j frames: %s", (headers, expected) => {
    expect(framing(headers)).toBe(expected);
  });
});

describe("public/_headers", () => {
  test("every site page refuses to be framed, with X-Frame-Options and CSP frame-ancestors", () => {
    const paths = [...sectionPaths(), "/charts/takedowns-over-time/", "/data/takedowns/", "/explainers/the-law/", "/cases/x/"];
    expect(paths).toEqual(expect.arrayContaining(["/", "/about/", "/charts/", "/data/", "/explainers/", "/sources/", "/search/", "/cases/"]));
    // Each page as a browser may request it: /about/, /about and /about/index.html; / and /index.html.
    const variants = paths.flatMap((p) => (p.endsWith("/") ? [p, `${p}index.html`, ...(p === "/" ? [] : [p.slice(0, -1)])] : [p]));
    expect(variants).toEqual(expect.arrayContaining(["/index.html", "/about", "/charts", "/data/takedowns", "/data/takedowns/index.html"]));
    for (const path of variants.filter((p) => !p.startsWith("/embed"))) {
      const headers = headersFor(rules, path);
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["content-security-policy"], path).toBe("frame-ancestors 'none'");
      expect(framing(headers), path).toBe("none");
    }
  });

  test("every path gets HSTS, nosniff, a referrer policy and a permissions policy", () => {
    for (const path of [...sectionPaths(), "/charts/takedowns-over-time/", "/embed/takedowns-over-time/", "/data/takedowns/takedowns.csv", "/embed.js"]) {
      const headers = headersFor(rules, path);
      expect(headers["strict-transport-security"], path).toBe("max-age=31536000; includeSubDomains");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toMatch(/camera=\(\)/);
    }
  });

  test("embed pages may be framed by any site, with no X-Frame-Options", () => {
    for (const path of ["/embed", "/embed/takedowns-over-time/", "/embed/takedowns-over-time", "/embed/takedowns-over-time/1.0.0/index.html", "/embed/frame.js"]) {
      const headers = headersFor(rules, path);
      expect(headers["x-frame-options"], path).toBeUndefined();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors *");
      expect(framing(headers), path).toBe("any");
    }
  });

  test("no rule that reaches /embed/ says anything else about framing, and none relies on detaching (Netlify cannot)", () => {
    const reaching = rules.filter((r) => patternMatches(r.pattern, "/embed/x/"));
    expect(reaching.map((r) => r.pattern)).toContain("/embed/*");
    for (const rule of reaching) {
      for (const { name, value } of rule.set) {
        expect(name.toLowerCase(), rule.pattern).not.toBe("x-frame-options");
        if (name.toLowerCase() === "content-security-policy" && /frame-ancestors/i.test(value)) expect(value, rule.pattern).toMatch(/frame-ancestors \*(;|$)/);
      }
    }
    for (const rule of rules) expect(rule.detach, rule.pattern).toEqual([]);
  });
});

/** The `add_header` lines of the README's nginx example: the server's own, and the `/embed` location's. */
function nginxHeaders(): { server: Record<string, string>; embed: Record<string, string> } {
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const [serverPart = "", embedPart = ""] = block.split(/location \/embed\b/);
  const read = (text: string) =>
    Object.fromEntries([...text.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map(([, name = "", value = ""]) => [name.toLowerCase(), value]));
  return { server: read(serverPart), embed: read(embedPart) };
}

describe("the README's nginx example", () => {
  const { server, embed } = nginxHeaders();
  test("sends a site page exactly the headers _headers gives it", () => {
    expect(server).toEqual(headersFor(rules, "/charts/takedowns-over-time/"));
  });
  test("sends an embed exactly the headers _headers gives it (an nginx location replaces the server's add_header lines)", () => {
    expect(embed).toEqual(headersFor(rules, "/embed/takedowns-over-time/"));
  });
});
