import { describe, expect, it } from "vitest";
import { idCollisions } from "../../../src/lib/cases/page-ids.ts";
import { CASES_PAGE_IDS } from "../../../src/lib/identity/page-ids.ts";

describe("idCollisions(caseIds, pageIds)", () => {
  it("accepts case ids the page does not use", () => {
    expect(idCollisions(["preston-zada", "caerphilly-car-wash"])).toEqual([]);
  });

  it("names every case id that is also an id of the page or its filter fields", () => {
    expect(idCollisions(["main", "ok", "case-count", "filter-year"])).toEqual([
      'case id "main" is also an id of the /cases/ page: rename the case in data/cases.csv',
      'case id "case-count" is also an id of the /cases/ page: rename the case in data/cases.csv',
      'case id "filter-year" is also an id of the /cases/ page: rename the case in data/cases.csv',
    ]);
  });

  it("covers the skip link's target", () => {
    expect(CASES_PAGE_IDS).toContain("main");
  });
});
