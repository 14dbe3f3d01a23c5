import { describe, expect, test } from "vitest";
import { cspMetaFirst } from "../../../src/lib/site/csp-first.ts";

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-abc='">`;

describe("cspMetaFirst(html, file)", () => {
  test.each([
    [
      "after the charset meta",
      `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>T</title><link rel="icon" href="/favicon.svg">${CSP}<link rel="stylesheet" href="/a.css"></head><body></body></html>`,
      `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">${CSP}<title>T</title><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    ],
    [
      "first in head when there is no charset meta",
      `<html><head><link rel="icon" href="/i.svg">${CSP}</head></html>`,
      `<html><head>${CSP}<link rel="icon" href="/i.svg"></head></html>`,
    ],
    [
      "unchanged when it is already first",
      `<html><head><meta charset="utf-8">${CSP}<title>T</title></head></html>`,
      `<html><head><meta charset="utf-8">${CSP}<title>T</title></head></html>`,
    ],
  ])("moves the CSP meta %s", (_, html, expected) => {
    expect(cspMetaFirst(html, "x.html")).toBe(expected);
    expect(cspMetaFirst(html, "x.html")).toHaveLength(html.length);
  });

  test.each([
    ["none", `<html><head><meta charset="utf-8"></head></html>`, /x\.html: expected one Content-Security-Policy <meta>, found 0/],
    ["two", `<html><head>${CSP}${CSP}</head></html>`, /found 2/],
    ["one outside head", `<html>${CSP}<head></head></html>`, /not inside <head>/],
  ])("refuses a page with %s", (_, html, message) => {
    expect(() => cspMetaFirst(html, "x.html")).toThrow(message);
  });
});
