import { describe, expect, it } from "vitest";
import { NAV, isCurrent, isHttpUrl, sourceHref } from "../../../src/lib/identity/links.ts";

describe("NAV", () => {
  it("lists the site's sections in reading order, each once", () => {
    expect(NAV.map((n) => n.href)).toEqual(["/", "/explainers/", "/charts/", "/data/", "/cases/", "/sources/", "/about/"]);
  });
});

describe("sourceHref(sourceId)", () => {
  it("points at the source's anchor on the sources page", () => {
    expect(sourceHref("nca-2024-07-release")).toBe("/sources/#nca-2024-07-release");
  });
});

describe("isCurrent(href, pathname)", () => {
  it.each([
    ["/", "/", true],
    ["/", "", true],
    ["/", "/index.html", true],
    ["/", "/sources/", false],
    ["/sources/", "/sources/", true],
    ["/sources/", "/sources", true],
    ["/sources/", "/sources/index.html", true],
    ["/sources/", "/404", false],
    ["/sources/", "/sources-old/", false],
  ] as const)("(%s, %s) -> %s", (href, pathname, expected) => {
    expect(isCurrent(href, pathname)).toBe(expected);
  });
});

describe("isHttpUrl(url)", () => {
  it.each([
    ["https://www.nationalcrimeagency.gov.uk/news/x", true],
    ["http://example.org/", true],
    ["HTTPS://EXAMPLE.ORG/", true],
    ["javascript:alert(1)", false],
    ["JaVaScRiPt:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["//example.org/", false],
    ["/sources/", false],
    ["ftp://example.org/", false],
    ["", false],
  ] as const)("%s -> %s", (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});
