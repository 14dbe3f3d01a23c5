import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { advertisedPrices } from "../../../src/lib/charts/advertised-prices/index.ts";
import { drawnPrices, facets, otherPrices, otherPricesNote } from "../../../src/lib/charts/advertised-prices/data.ts";
import { buildAdvertisedPrices } from "../../../src/lib/charts/advertised-prices/draw.ts";
import { labelPriority, labelText } from "../../../src/lib/charts/advertised-prices/panels.ts";
import { amountText, measureGroup, priceLabel, priceText } from "../../../src/lib/charts/advertised-prices/price-text.ts";
import { boxDistance } from "../../../src/lib/charts/core/boxes.ts";
import { chartFontSize, WIDTHS } from "../../../src/lib/charts/core/definition.ts";
import { markStyle } from "../../../src/lib/charts/core/marks.ts";
import { walk } from "../../../src/lib/charts/core/svg-tree.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import type { Price } from "../../../src/lib/data/schemas.ts";
import { placedTexts } from "./layout.ts";
import { byClass, centreOf, classOf, datums, markOf, overlappingTexts, root, spanOfDatum, texts } from "./svg-query.ts";

const { datasets } = loadFromDisk(join(import.meta.dirname, "../../fixtures/data/charts"));
const byId = new Map(datasets.prices.map((p) => [p.id, p]));
const row = (id: string): Price => {
  const r = byId.get(id);
  if (!r) throw new Error(`no price ${id}`);
  return r;
};

describe("drawnPrices(prices) and otherPrices(prices)", () => {
  test("draws crossings and entry via Ireland, in date order (middle of each period)", () => {
    expect(drawnPrices(datasets.prices).map((p) => p.id)).toEqual([
      "ireland-2019",
      "officials-2020-average",
      "officials-2020-average-start",
      "officials-2020-lowest",
      "officials-2020-top",
      "intel-2020-12-average",
      "intel-2020-12-lowest",
      "tiktok-2021-07-23k",
      "tiktok-2021-07-up-to",
      "tiktok-2022-04-from",
      "average-2022",
      "tiktok-2022-08-usual",
      "tiktok-2022-08-black-friday",
      "undercover-2022-10",
      "care4calais-2022-12",
      "instagram-2023",
      "standard-2023",
      "nca-2024-07-crossing",
      "tiktok-2024-12-on-arrival",
      "nca-2025-range",
      "summer-deals-2025-07",
      "jet-boat-2026-02",
    ]);
  });

  test("leaves out prices of other things, and names each in a note", () => {
    expect(otherPrices(datasets.prices).map((p) => p.id)).toEqual(["nca-2024-07-referral-prize", "nca-2024-07-visa", "times-2024-12-package", "nca-2025-filming-discount"]);
    expect(otherPricesNote(datasets.prices)).toBe(
      "Not drawn, because they are not the price of a journey: a prize for referring a friend (€500, Jul 2024); a visa (from €750, Jul 2024); a package of travel for two, a flat and work (£12,000, Dec 2024); a discount (£1,000–£2,000, Feb 2025 – Mar 2025). They are in the prices dataset.",
    );
    expect(advertisedPrices.notes(datasets)).toContain(otherPricesNote(datasets.prices));
  });

  test("one facet per currency present, GBP, EUR, USD", () => {
    expect(facets(drawnPrices(datasets.prices)).map((f) => [f.currency, f.rows.length])).toEqual([
      ["GBP", 17],
      ["EUR", 4],
      ["USD", 1],
    ]);
  });
});

describe("price text", () => {
  test.each([
    ["tiktok-2021-07-up-to", "up to £20,000", "≤£20,000", "£20,000"],
    ["tiktok-2022-04-from", "from £3,000", "≥£3,000", "£3,000"],
    ["intel-2020-12-average", "around £500–£1,000", "≈£500–1,000", "£500–£1,000"],
    ["nca-2025-range", "£1,500–£6,000", "£1,500–6,000", "£1,500–£6,000"],
    ["tiktok-2021-07-23k", "€23,000", "€23,000", "€23,000"],
    ["jet-boat-2026-02", "$4,000", "$4,000", "$4,000"],
  ])("%s -> %j, label %j", (id, text, label, amount) => {
    expect(priceText(row(id))).toBe(text);
    expect(priceLabel(row(id))).toBe(label);
    expect(amountText(row(id))).toBe(amount);
  });

  test("says what a price is for when it is not a crossing; such labels are placed first", () => {
    expect(labelText(row("ireland-2019"))).toBe("≤£1,500 via Ireland");
    const order = labelPriority(drawnPrices(datasets.prices)).map((r) => r.id);
    expect(order[0]).toBe("ireland-2019");
    expect(order.slice(1, 7).every((id) => row(id).qualifier !== "exact")).toBe(true);
  });
});

describe.each(Object.entries(WIDTHS))("buildAdvertisedPrices(data, %s width)", (_name, width) => {
  const model = buildAdvertisedPrices(datasets, width);
  const marks = datums(model);

  test("one datum per drawn row, and each panel holds one currency only, on an axis in that currency", () => {
    expect([...marks.keys()].sort()).toEqual(drawnPrices(datasets.prices).map((p) => p.id).sort());
    const panels = byClass(root(model), "panel");
    expect(panels.map((p) => p.attrs["data-currency"])).toEqual(["GBP", "EUR", "USD"]);
    const symbols = { GBP: "£", EUR: "€", USD: "$" } as const;
    for (const panel of panels) {
      const currency = panel.attrs["data-currency"] as keyof typeof symbols;
      const ids = walk(panel).filter((e) => classOf(e).includes("datum")).map((e) => String(e.attrs["data-id"]));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(row(id).currency).toBe(currency);
      const ticks = byClass(panel, "y-tick").flatMap(texts);
      expect(ticks.length).toBeGreaterThan(1);
      for (const t of ticks) expect(t.startsWith(symbols[currency]), t).toBe(true);
    }
  });

  test("a single price is a mark shaped by its qualifier (filled only when exact); a range is a bar, open when qualified; colour by measure", () => {
    for (const [id, g] of marks) {
      const r = row(id);
      const mark = markOf(g);
      const cls = classOf(mark);
      expect(cls).toContain(measureGroup(r.measure).className);
      if (r.low === r.high) {
        expect(mark.tag).toBe("path");
        expect(cls).toContain(`mark-${markStyle(r.qualifier).kind}`);
      } else {
        expect(mark.tag).toBe("rect");
        expect(Number(mark.attrs["height"])).toBeGreaterThan(1);
      }
      expect(cls).toContain(r.qualifier === "exact" ? "mark-filled" : "mark-open");
    }
    expect(classOf(markOf(marks.get("ireland-2019")!))).toContain("mark-upper-bound");
    expect(classOf(markOf(marks.get("tiktok-2022-04-from")!))).toContain("mark-starting-point");
    expect(classOf(markOf(marks.get("tiktok-2022-08-usual")!))).toContain("mark-approximate");
    expect(classOf(markOf(marks.get("officials-2020-top")!))).toEqual(expect.arrayContaining(["mark-upper-bound", "series-4"]));
  });

  test("labels carry the qualifier symbol and currency; the Ireland price says so wherever it is labelled", () => {
    for (const [id, g] of marks) for (const t of texts(g)) expect(t).toBe(labelText(row(id)));
    // On a phone its label finds no clear place by the mark; the tooltip and the table say what the price is for.
    expect(texts(marks.get("ireland-2019")!)).toEqual(width === WIDTHS.compact ? [] : ["≤£1,500 via Ireland"]);
    expect(texts(marks.get("tiktok-2021-07-up-to")!)).toEqual(["≤£20,000"]);
  });

  test("a price for a month or year sits at the middle of a bar across that period; a dated day has no bar", () => {
    const year = spanOfDatum(marks.get("officials-2020-top")!);
    const month = spanOfDatum(marks.get("intel-2020-12-lowest")!);
    expect(year).not.toBeNull();
    expect(month).not.toBeNull();
    const [y0, y1] = year ?? [0, 0];
    const [m0, m1] = month ?? [0, 0];
    expect(centreOf(markOf(marks.get("officials-2020-top")!)).x).toBeCloseTo((y0 + y1) / 2, 1);
    expect(centreOf(markOf(marks.get("intel-2020-12-lowest")!)).x).toBeCloseTo((m0 + m1) / 2, 1);
    expect((m1 - m0) / (y1 - y0)).toBeCloseTo(31 / 366, 1);
    expect(spanOfDatum(marks.get("care4calais-2022-12")!)).toBeNull();
  });

  test("no two labels overlap", () => {
    expect(overlappingTexts(model)).toEqual([]);
  });
});

test("on a phone a label sits within one line of its mark or its period bar, or is left out", () => {
  const model = buildAdvertisedPrices(datasets, WIDTHS.compact);
  const line = chartFontSize(WIDTHS.compact);
  const far: string[] = [];
  let labelled = 0;
  for (const [id, g] of datums(model)) {
    const mark = markOf(g);
    const bar = spanOfDatum(g);
    const at = (k: string) => Number(mark.attrs[k]);
    const c = mark.tag === "rect" ? null : centreOf(mark);
    // A range bar's rectangle, or a single price's centre (the distance then counts the mark's own radius too).
    const box = c ? { left: c.x, right: c.x, top: c.y, bottom: c.y } : { left: at("x"), right: at("x") + at("width"), top: at("y"), bottom: at("y") + at("height") };
    const extent = bar ? { ...box, left: Math.min(box.left, bar[0]), right: Math.max(box.right, bar[1]) } : box;
    for (const t of placedTexts(g)) {
      labelled++;
      const d = boxDistance(t, extent);
      if (d > 1.5 * line) far.push(`${id}: ${d.toFixed(1)} units away`);
    }
  }
  expect(labelled).toBeGreaterThan(5);
  expect(far).toEqual([]);
});

test("the legend names the measures and the qualifiers present", () => {
  const legend = byClass(root(buildAdvertisedPrices(datasets, WIDTHS.regular)), "legend").flatMap(texts);
  expect(legend).toEqual([
    "In an advert",
    "Quoted to a buyer or reporter",
    "Typical or average, as reported",
    "Lowest or highest, as reported",
    "Exact figure",
    "≈ Approximate (around, almost, nearly)",
    "≤ Upper bound (up to)",
    "≥ Starting point (from)",
    "Range: low to high price",
    "Period the price is dated to (mark at its middle)",
  ]);
});

test("on a phone the legend keys the colours only; the notes say what shapes, ranges and period bars mean", () => {
  expect(byClass(root(buildAdvertisedPrices(datasets, WIDTHS.compact)), "legend").flatMap(texts)).toEqual(["Advert", "Quoted", "Typical or average", "Lowest or highest"]);
  const notes = advertisedPrices.notes(datasets).join(" ");
  expect(notes).toContain("A filled mark is an exact price; a qualified price is open");
  expect(notes).toContain("an open upside-down triangle for ≤ upper bound (up to)");
  expect(notes).toContain("A range is drawn as a bar from its low to its high price");
  expect(notes).toContain("with a thin bar across the whole period");
});

test("describe(rows) for the fixture data", () => {
  expect(buildAdvertisedPrices(datasets, WIDTHS.compact).description).toBe(
    "Prices per person for getting into the UK, as advertised, quoted to buyers or reporters, or summarised by officials and the press, 2019 to February 2026, in one panel per currency because nothing is converted. Pounds: 17 prices, the lowest £300 (lowest reported, December 2020) and the highest up to £20,000 (advertised, July 2021). Euros: 4 prices, the lowest €500 (lowest reported, 2020) and the highest €23,000 (advertised, July 2021). US dollars: one price, $4,000 (advertised, February 2026). The latest is $4,000 (advertised, February 2026). 4 prices for other things sold beside them (not a journey) are not drawn.",
  );
});

test("the table shows qualifier, currency, measure, what the price is for, its wording and the curators' note", () => {
  const [table] = advertisedPrices.tables(datasets);
  expect(table?.columns.map((c) => c.label)).toEqual(["Period", "Price (as stated)", "Currency", "Qualifier", "Measure", "Price of", "Platforms", "As worded", "Note"]);
  expect(table?.rows.find((r) => r.id === "intel-2020-12-average")?.cells).toEqual([
    "Dec 2020",
    "around £500–£1,000",
    "GBP",
    "around",
    "average",
    "a crossing",
    "",
    "around the £500 to £1,000 mark",
    "Average cost ahead of Christmas 2020, according to intelligence reports.",
  ]);
});
