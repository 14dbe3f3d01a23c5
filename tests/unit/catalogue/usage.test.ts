import { describe, expect, test } from "vitest";
import { join } from "node:path";
import { chartUsage, explainerUsage, usedBy, type UsageItem } from "../../../src/lib/catalogue/usage.ts";
import { CHARTS } from "../../../src/lib/charts/registry.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { explainerHeads, frontmatterIds } from "../../../src/lib/explainers/check.ts";

const items: UsageItem[] = [
  { kind: "explainer", title: "Reading the numbers", href: "/explainers/reading-the-numbers/", datasets: ["takedowns", "sources"] },
  { kind: "chart", title: "Takedowns over time", href: "/charts/takedowns-over-time/", datasets: ["takedowns"] },
  { kind: "chart", title: "Advertised prices", href: "/charts/advertised-prices/", datasets: ["prices"] },
];

describe("usedBy(dataset, items)", () => {
  test("charts first, then explainers, each by title; only those naming the dataset", () => {
    expect(usedBy("takedowns", items).map((i) => i.title)).toEqual(["Takedowns over time", "Reading the numbers"]);
    expect(usedBy("prices", items).map((i) => i.title)).toEqual(["Advertised prices"]);
    expect(usedBy("arrivals", items)).toEqual([]);
  });

  test("charts use the datasets they draw from, explainers those their frontmatter names", () => {
    const { datasets } = loadFromDisk(join(import.meta.dirname, "../../fixtures/data/charts"));
    const charts = chartUsage(CHARTS, datasets);
    expect(charts.find((c) => c.href === "/charts/removals-vs-arrivals/")?.datasets).toEqual(["arrivals", "takedowns"]);
    for (const item of charts) expect(item.href).toMatch(/^\/charts\/[a-z0-9-]+\/$/);
    expect(explainerUsage([{ slug: "x", title: "X", datasets: ["prices"] }])).toEqual([
      { kind: "explainer", title: "X", href: "/explainers/x/", datasets: ["prices"] },
    ]);
  });

  test("explainerHeads reads each explainer's title and datasets", () => {
    const heads = explainerHeads(join(import.meta.dirname, "../../../content/explainers"), frontmatterIds(CHARTS.map((c) => c.id)));
    const reading = heads.find((h) => h.slug === "reading-the-numbers");
    expect(reading?.title).toBe("Reading the numbers: posts, pages and accounts");
    expect(reading?.datasets).toContain("takedowns");
  });
});
