import { describe, expect, test } from "vitest";
import {
  DOWNLOAD_KINDS,
  absoluteUrl,
  dataHref,
  datasetHref,
  downloadPath,
  pinnedCsvPath,
  rowHref,
} from "../../../src/lib/identity/data-urls.ts";

describe("catalogue addresses", () => {
  test("latest downloads, one per kind, all in the dataset's folder", () => {
    expect(DOWNLOAD_KINDS.map((k) => downloadPath("takedowns", k))).toEqual([
      "takedowns/takedowns.csv",
      "takedowns/takedowns-spreadsheet-safe.csv",
      "takedowns/takedowns.json",
      "takedowns/takedowns.schema.json",
      "takedowns/README.md",
      "takedowns/CITATION.cff",
      "takedowns/takedowns.zip",
    ]);
  });

  test("pinned versions, pages, rows and absolute URLs", () => {
    expect(pinnedCsvPath("irregular_arrivals", "1.2.0")).toBe("irregular_arrivals/1.2.0/irregular_arrivals.csv");
    expect(dataHref("takedowns/takedowns.csv")).toBe("/data/takedowns/takedowns.csv");
    expect(datasetHref("takedowns")).toBe("/data/takedowns/");
    expect(rowHref("takedowns", "nca-2025-year")).toBe("/data/takedowns/#nca-2025-year");
    expect(absoluteUrl("https://takedown-explorer.example", "/data/")).toBe("https://takedown-explorer.example/data/");
  });
});
