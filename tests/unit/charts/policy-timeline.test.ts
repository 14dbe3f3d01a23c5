import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { WIDTHS } from "../../../src/lib/charts/core/definition.ts";
import { precisionOf } from "../../../src/lib/charts/core/time-axis.ts";
import { walk } from "../../../src/lib/charts/core/svg-tree.ts";
import { policyTimeline } from "../../../src/lib/charts/policy-timeline/index.ts";
import { buildPolicyTimeline } from "../../../src/lib/charts/policy-timeline/draw.ts";
import { chronological, eventNumbers } from "../../../src/lib/charts/policy-timeline/data.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { formatDate } from "../../../src/lib/format/dates.ts";
import { byClass, centreOf, classOf, datums, markOf, overlappingTexts, root, spanOfDatum, texts } from "./svg-query.ts";

const { datasets } = loadFromDisk(join(import.meta.dirname, "../../fixtures/data/charts"));
const events = new Map(datasets.events.map((e) => [e.id, e]));

const ORDER = [
  "europol-iru-smuggling-referrals",
  "online-harms-white-paper",
  "meta-policy-2019-09",
  "meta-policy-2021-11",
  "europol-belarus-referral-action",
  "nca-action-plan-launch",
  "meta-policy-2022-12",
  "osb-immigration-offences-amendment",
  "meta-policy-2023-08",
  "osa-royal-assent",
  "meta-policy-2024-01",
  "border-security-command",
  "bsaia-bill-introduced",
  "osa-illegal-content-duties",
  "online-advert-offence-announced",
  "bsaia-royal-assent",
  "s17-offence-in-force",
];

test("chronological(events) and eventNumbers(events): date order (middle of a month for month-only dates), numbered from 1", () => {
  expect(chronological(datasets.events).map((e) => e.id)).toEqual(ORDER);
  expect(eventNumbers(datasets.events).get("s17-offence-in-force")).toBe(17);
  expect(policyTimeline.rows(datasets)[0]?.rows.map((r) => r.id)).toEqual(ORDER);
});

describe.each(Object.entries(WIDTHS))("buildPolicyTimeline(data, %s width)", (_name, width) => {
  const model = buildPolicyTimeline(datasets, width);
  const marks = datums(model);

  test("one lane per category present, in a fixed order, each holding only its own events", () => {
    const lanes = byClass(root(model), "lane");
    expect(lanes.map((l) => l.attrs["data-category"])).toEqual(["legislation", "policy", "operations", "platform-policy", "international"]);
    expect(lanes.map((l) => texts(l)[0])).toEqual(["Legislation", "Policy", "Operations", "Platform policy", "International"]);
    for (const lane of lanes) {
      const ids = walk(lane).filter((e) => classOf(e).includes("datum")).map((e) => String(e.attrs["data-id"]));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(events.get(id)?.category).toBe(lane.attrs["data-category"]);
    }
    expect([...marks.keys()].sort()).toEqual([...ORDER].sort());
  });

  test("a month-only date is an open mark at the middle of a bar across the month; a day is a filled mark", () => {
    for (const e of datasets.events) {
      const g = marks.get(e.id)!;
      const bar = spanOfDatum(g);
      if (precisionOf(e.date) === "day") {
        expect(bar).toBeNull();
        expect(classOf(markOf(g))).toContain("mark-filled");
      } else {
        expect(classOf(markOf(g))).toContain("mark-open");
        const [x0, x1] = bar ?? [0, 0];
        expect(x1).toBeGreaterThan(x0);
        expect(centreOf(markOf(g)).x).toBeCloseTo((x0 + x1) / 2, 1);
      }
    }
  });

  test("no two labels overlap", () => {
    expect(overlappingTexts(model)).toEqual([]);
  });

  test("the description is the same at every width", () => {
    expect(model.description).toBe(buildPolicyTimeline(datasets, WIDTHS.regular).description);
  });
});

test("at the regular width each event is labelled with its title, wrapped, never cut", () => {
  const marks = datums(buildPolicyTimeline(datasets, WIDTHS.regular));
  for (const e of datasets.events) {
    const [label] = walk(marks.get(e.id)!).filter((n) => n.tag === "text");
    const lines = (label?.children ?? []).map((n) => (typeof n === "string" ? n : String(n.children[0])));
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines.join(" ")).toBe(e.title);
  }
});

test("at the compact width each event carries its number, and a key under the axis lists every number with date and title", () => {
  const model = buildPolicyTimeline(datasets, WIDTHS.compact);
  const marks = datums(model);
  ORDER.forEach((id, i) => expect(texts(marks.get(id)!)).toEqual([String(i + 1)]));
  const entries = byClass(root(model), "key-entry");
  expect(entries).toHaveLength(ORDER.length);
  entries.forEach((entry, i) => {
    const [number, text] = walk(entry).filter((n) => n.tag === "text");
    const e = events.get(ORDER[i] ?? "");
    expect(number?.children).toEqual([String(i + 1)]);
    const lines = (text?.children ?? []).map((n) => (typeof n === "string" ? n : String(n.children[0])));
    expect(lines.join(" ")).toBe(`${formatDate(e?.date ?? "", "short")}: ${e?.title}`);
  });
});

test("tooltips say when only the month is known", () => {
  expect(datums(buildPolicyTimeline(datasets, WIDTHS.compact)).get("nca-action-plan-launch")?.attrs["data-tip"]).toMatch(
    /^December 2021 \(only the month is known\): NCA social media action plan launched\. The NCA and the main platforms/,
  );
});

test("describe(events) for the fixture data", () => {
  expect(buildPolicyTimeline(datasets, WIDTHS.compact).description).toBe(
    "17 law, policy and enforcement events on a time axis from 22 July 2016 to 2 February 2026, in 5 lanes by category: legislation (6), policy (2), operations (2), platform policy (5), international (2). The first is Europol referral unit reports passing smuggling adverts to platforms (22 July 2016); the latest is Online advertising offence in force (2 February 2026).",
  );
});

test("the table numbers the events as the chart does and shows each date's precision", () => {
  const [table] = policyTimeline.tables(datasets);
  expect(table?.columns.map((c) => c.label)).toEqual(["No.", "Date", "Date known to the", "Category", "Event", "What happened", "Note"]);
  expect(table?.rows[5]?.cells.slice(0, 5)).toEqual(["6", "December 2021", "month", "Operations", "NCA social media action plan launched"]);
});
