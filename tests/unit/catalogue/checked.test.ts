/** data/checked.csv: when each dataset was last checked against its sources, read with file:line:column problems. */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { lastChecked, readChecked } from "../../../src/lib/catalogue/checked.ts";
import { SCHEMAS } from "../../../src/lib/data/schemas.ts";

const names = ["takedowns", "prices"];

describe("readChecked", () => {
  test("reads one date per dataset and finds the latest", () => {
    const { entries, problems } = readChecked(
      'dataset,checked_on,record\ntakedowns,2026-12-04,"Audit, see AUDIT.md"\nprices,2026-11-21,First check\n',
      "data/checked.csv",
      names,
    );
    expect(problems).toEqual([]);
    expect(entries.get("takedowns")).toEqual({ dataset: "takedowns", checkedOn: "2026-12-04", record: "Audit, see AUDIT.md" });
    expect(lastChecked(entries)).toBe("2026-12-04");
  });

  test("an unknown dataset, a repeated one, an impossible date or an empty record is a problem at its cell", () => {
    const text = "dataset,checked_on,record\nnope,2026-12-04,x\ntakedowns,2026-02-30,x\nprices,2026-12-04,\nprices,2026-12-04,x\nprices,2026-12-04,y\n";
    const { problems } = readChecked(text, "data/checked.csv", names);
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(["2:1", "3:11", "4:19", "6:1"]);
    expect(problems[1]?.message).toMatch(/not a date/);
  });

  test("a wrong header is a problem on line 1", () => {
    expect(readChecked("dataset,date\n", "f", names).problems[0]).toMatchObject({ line: 1, column: 1 });
  });
});

test("the real data/checked.csv gives a date for every dataset, none in the future of its own changelog", () => {
  const { entries, problems } = readChecked(
    readFileSync("data/checked.csv", "utf8"),
    "data/checked.csv",
    SCHEMAS.map((s) => s.name),
  );
  expect(problems).toEqual([]);
  expect([...entries.keys()].sort()).toEqual(SCHEMAS.map((s) => s.name).sort());
  const changelogDates = readFileSync("data/changelog.csv", "utf8").match(/\d{4}-\d{2}-\d{2}/g) ?? [];
  const newestRelease = changelogDates.sort().at(-1) ?? "";
  for (const e of entries.values()) expect(e.checkedOn <= newestRelease, e.dataset).toBe(true);
});
