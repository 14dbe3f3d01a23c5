/** Search records: one readable sentence per figure, event and source, linked to its row. */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { rowHref } from "../../../src/lib/identity/data-urls.ts";
import { searchRecords } from "../../../src/lib/site/search-records.ts";

const { datasets } = loadFromDisk(join(import.meta.dirname, "../../../data"));
const records = searchRecords(datasets);
const byUrl = new Map(records.map((r) => [r.url, r]));

describe("searchRecords(data)", () => {
  test("one record per figure, event and source, each at its row's anchor, none twice", () => {
    const expected = [
      ...(["takedowns", "prices", "arrivals", "arrivals_monthly", "irregular_arrivals", "events"] as const).flatMap((name) =>
        datasets[name].map((row) => rowHref(name, row.id)),
      ),
      ...datasets.sources.map((s) => `/sources/#${s.id}`),
    ];
    expect(records.map((r) => r.url)).toEqual(expected);
    expect(byUrl.size).toBe(records.length);
  });

  // Checked by hand against data/takedowns.csv line 8 and its source's row in data/sources.csv.
  test("a takedown figure reads as a sentence with its qualifier, unit, rule, period, wording and source", () => {
    const r = byUrl.get("/data/takedowns/#nca-2024-06-cumulative");
    expect(r?.type).toBe("Figure");
    expect(r?.title).toBe("Takedown figure: National Crime Agency, Dec 2021 – 30 Jun 2024");
    expect(r?.content).toBe(
      "National Crime Agency: almost 12,000 posts, pages and accounts removed after referral (running total), Dec 2021 – 30 Jun 2024. " +
        "In the source’s words: “almost 12,000” posts, pages and accounts. Source: WiredGov, 25 July 2024. " +
        "Running total from the launch of the action plan in December 2021 to the end of June 2024. The GB News version of this release (article 002) calls them posts only.",
    );
  });

  // Checked by hand against data/prices.csv line 23.
  test("a price reads with its measure, amount, item and period", () => {
    const r = byUrl.get("/data/prices/#times-2024-12-package");
    expect(r?.content.startsWith("Quoted price: £12,000 for a package of travel for two, a flat and work, Dec 2024. In the source’s words: “£12,000”. Source: Xpress Chronicle, December 2024.")).toBe(true);
  });

  test("no sentence holds a raw value: no ids, codes, blanks or placeholders", () => {
    for (const r of records) {
      const text = `${r.title} ${r.content}`;
      expect(text, r.url).not.toMatch(/undefined|null|NaN|\[object/);
      expect(text, r.url).not.toMatch(/\b(posts-pages-accounts|removed-after-referral|read-from-wording|referral-prize|entry-via-ireland)\b/);
      expect(text, r.url).not.toMatch(/\.\./);
    }
  });
});
