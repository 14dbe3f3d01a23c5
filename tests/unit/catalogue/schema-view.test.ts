import { describe, expect, test } from "vitest";
import { cellView, codeSegments, typeLabel } from "../../../src/lib/catalogue/schema-view.ts";
import { casesSchema, caseStepsSchema, sourcesSchema, takedownsSchema } from "../../../src/lib/data/schemas.ts";
import type { FieldBase, TableSchema } from "../../../src/lib/data/schema-types.ts";

const field = (schema: TableSchema, name: string): FieldBase => {
  const f = schema.fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};

describe("codeSegments(text)", () => {
  test.each([
    [
      "`posts-pages-accounts` is a mix; `percent` a share.",
      [
        { text: "posts-pages-accounts", code: true },
        { text: " is a mix; ", code: false },
        { text: "percent", code: true },
        { text: " a share.", code: false },
      ],
    ],
    ["no code here", [{ text: "no code here", code: false }]],
    [
      "an `unclosed tick",
      [
        { text: "an ", code: false },
        { text: "unclosed tick", code: false },
      ],
    ],
    ["<script>alert(1)</script>", [{ text: "<script>alert(1)</script>", code: false }]],
  ])("%j", (text, segments) => {
    expect(codeSegments(text)).toEqual(segments);
  });
});

describe("typeLabel(field)", () => {
  test("says the type in words", () => {
    expect(typeLabel(field(sourcesSchema, "published"))).toBe("date (YYYY, YYYY-MM or YYYY-MM-DD)");
    expect(typeLabel(field(takedownsSchema, "value"))).toBe("number");
  });
});

describe("cellView(schema, field, value)", () => {
  test("links http(s) URLs only; anything else stays text", () => {
    const url = field(sourcesSchema, "url");
    expect(cellView(sourcesSchema, url, "https://example.org/a").parts).toEqual([
      { text: "https://example.org/a", href: "https://example.org/a" },
    ]);
    expect(cellView(sourcesSchema, url, "javascript:alert(1)").parts).toEqual([{ text: "javascript:alert(1)", href: null }]);
  });

  test("references link to the row they name, in their own dataset's page", () => {
    expect(cellView(takedownsSchema, field(takedownsSchema, "source_id"), "hac-cha0051").parts).toEqual([
      { text: "hac-cha0051", href: "/data/sources/#hac-cha0051" },
    ]);
    expect(cellView(caseStepsSchema, field(caseStepsSchema, "case_id"), "preston-zada").parts).toEqual([
      { text: "preston-zada", href: "/data/cases/#preston-zada" },
    ]);
    expect(cellView(takedownsSchema, field(takedownsSchema, "conflicts_with"), ["a", "b"]).parts).toEqual([
      { text: "a", href: "/data/takedowns/#a" },
      { text: "; ", href: null },
      { text: "b", href: "/data/takedowns/#b" },
    ]);
  });

  test("lists, numbers and blanks", () => {
    expect(cellView(casesSchema, field(casesSchema, "platforms"), ["YouTube", "social-media"])).toEqual({
      parts: [
        { text: "YouTube", href: null },
        { text: "; ", href: null },
        { text: "social-media", href: null },
      ],
      numeric: false,
      sortKey: "YouTube;social-media",
    });
    expect(cellView(takedownsSchema, field(takedownsSchema, "value"), 12000)).toEqual({
      parts: [{ text: "12000", href: null }],
      numeric: true,
      sortKey: "12000",
    });
    expect(cellView(takedownsSchema, field(takedownsSchema, "note"), null)).toEqual({ parts: [], numeric: false, sortKey: "" });
  });
});
