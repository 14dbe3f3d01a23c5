/**
 * Which rows the takedowns-over-time chart draws, which it leaves out and why,
 * and the sentences generated from them (description, conflicts, exclusions).
 * No geometry here: everything is rows in, rows or text out.
 */
import { calendarYearOf } from "../../data/partial-date.ts";
import type { Datasets, PolicyEvent, Source, Takedown } from "../../data/schemas.ts";
import { formatDate, formatPeriod } from "../../format/dates.ts";
import { countingRuleLabel, reportingBodyText, unitLabel } from "../../format/labels.ts";
import { countOf } from "../../format/plural.ts";
import { formatFigure } from "../../format/numbers.ts";
import { endOf, midOf, startOf } from "../core/time.ts";
import { KEY_EVENTS, PLAN_EVENT, REFERRING_BODY, REFERRING_BODY_SHORT, TAKEDOWN_BODIES } from "../../identity/subjects.ts";

const BODIES: readonly Takedown["reporting_body"][] = TAKEDOWN_BODIES;

/** The key events, looked up by id; throws naming every missing id. */
export function keyEvents(events: readonly PolicyEvent[]): PolicyEvent[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const missing = KEY_EVENTS.filter((k) => !byId.has(k.id)).map((k) => k.id);
  if (missing.length > 0) throw new Error(`takedowns-over-time: events.csv has no row with id ${missing.join(", ")}`);
  return KEY_EVENTS.map((k) => byId.get(k.id)).filter((e): e is PolicyEvent => e !== undefined);
}

/** When the running totals start: the first day the action plan's date can mean. */
export function planStart(events: readonly PolicyEvent[]): Date {
  const plan = keyEvents(events).find((e) => e.id === PLAN_EVENT);
  if (!plan) throw new Error(`takedowns-over-time: no ${PLAN_EVENT} event`);
  return startOf(plan.date);
}

/** Where an event sits on the time axis: the middle of the day, month or year its date names. */
export const eventTime = (e: PolicyEvent): Date => midOf(e.date);

/** Where a figure's point sits: the end of the last day its period can mean. */
export const pointTime = (t: Takedown): Date => endOf(t.period_end);

export type Exclusion = "not-a-count" | "other-body" | "before-plan" | "other-rule";

/** Why a figure is left out, or null when it is drawn (first matching reason wins). */
export function exclusionOf(t: Takedown, start: Date): Exclusion | null {
  if (t.unit === "percent") return "not-a-count";
  if (!BODIES.includes(t.reporting_body)) return "other-body";
  if (pointTime(t) <= start) return "before-plan";
  if (t.counting_rule !== "removed-after-referral") return "other-rule";
  return null;
}

const byTime = (a: Takedown, b: Takedown) =>
  pointTime(a).getTime() - pointTime(b).getTime() || startOf(a.period_start).getTime() - startOf(b.period_start).getTime() || a.id.localeCompare(b.id);

function drawn(data: Pick<Datasets, "takedowns" | "events">, aggregation: Takedown["aggregation"]): Takedown[] {
  const start = planStart(data.events);
  return data.takedowns.filter((t) => t.aggregation === aggregation && exclusionOf(t, start) === null).sort(byTime);
}

/** Panel (a): running totals removed after referral, in time order. */
export const runningTotals = (data: Pick<Datasets, "takedowns" | "events">): Takedown[] => drawn(data, "cumulative");

/** Panel (b): removals within a stated period (calendar years and other spans), in order of their end. */
export const periodFigures = (data: Pick<Datasets, "takedowns" | "events">): Takedown[] => drawn(data, "period");

/** Every figure left out, grouped by reason, in dataset order. */
export function exclusions(data: Pick<Datasets, "takedowns" | "events">): Map<Exclusion, Takedown[]> {
  const start = planStart(data.events);
  const groups = new Map<Exclusion, Takedown[]>();
  for (const t of data.takedowns) {
    const reason = exclusionOf(t, start);
    if (reason) groups.set(reason, [...(groups.get(reason) ?? []), t]);
  }
  return groups;
}

/** "more than 3,300 posts, pages or accounts (Dec 2021 – 24 Apr 2023)": a figure as stated, naming its body when it is not the NCA. */
export function figureText(t: Takedown): string {
  const what = t.unit === "percent" ? `of ${t.unit_as_worded}` : t.unit_as_worded;
  const body = t.reporting_body === REFERRING_BODY ? "" : `, ${reportingBodyText(t.reporting_body)}`;
  return `${formatFigure(t.value, t.qualifier, t.unit)} ${what} (${formatPeriod(t.period_start, t.period_end)}${body})`;
}

/** "WiredGov (National Crime Agency press release)": who published a source, and whose work it carries. */
export function sourceName(source: Source | undefined): string {
  if (!source) return "unknown source";
  return source.reproduces ? `${source.publisher} (${source.reproduces})` : source.publisher;
}

/** Each pair of conflicting figures once, both drawn, in the order of the first figure. */
export function conflictPairs(rows: readonly Takedown[]): [Takedown, Takedown][] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const pairs: [Takedown, Takedown][] = [];
  for (const a of rows) {
    for (const id of a.conflicts_with) {
      const b = byId.get(id);
      const key = [a.id, id].sort().join("|");
      if (!b || seen.has(key)) continue;
      seen.add(key);
      pairs.push([a, b]);
    }
  }
  return pairs;
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;

/** One sentence naming every figure left out and why, or null when all are drawn. */
export function exclusionNote(data: Pick<Datasets, "takedowns" | "events" | "sources">): string | null {
  const publishers = new Map(data.sources.map((s) => [s.id, s.publisher]));
  const parts: string[] = [];
  for (const [reason, rows] of exclusions(data)) {
    const rules = list([...new Set(rows.map((r) => countingRuleLabel(r.counting_rule)))]);
    const units = list([...new Set(rows.map((r) => unitLabel(r.unit)))]);
    const periods = list([...new Set(rows.map((r) => formatPeriod(r.period_start, r.period_end)))]);
    const bodies = list([...new Set(rows.map((r) => r.reporting_body))]);
    const from = list([...new Set(rows.map((r) => publishers.get(r.source_id) ?? r.source_id))]);
    if (reason === "before-plan") parts.push(`${countOf(rows.length, `${bodies} figure`)} from before the action plan (${periods}, published by ${from}; ${units} ${rules})`);
    if (reason === "other-body") parts.push(`${countOf(rows.length, `${bodies} figure`)} (${units} ${rules}), which are not removals after ${REFERRING_BODY_SHORT} referral`);
    if (reason === "other-rule") parts.push(`${countOf(rows.length, "figure")} counting ${units} ${rules}`);
    if (reason === "not-a-count") parts.push(`${list(rows.map(figureText))}, a share rather than a count, so it has no place on a count axis`);
  }
  return parts.length === 0 ? null : `Left out: ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join("; ")}; and ${parts[parts.length - 1] ?? ""}`}.`;
}

/** The latest figure that covers exactly one calendar year, with its year. */
export function latestYear(periods: readonly Takedown[]): { row: Takedown; year: number } | null {
  const years = periods.flatMap((row) => {
    const year = calendarYearOf(row.period_start, row.period_end);
    return year === null ? [] : [{ row, year }];
  });
  return years[years.length - 1] ?? null;
}

/** The <desc> text: what is shown, the range of dates, the latest figures, the flags and the events. */
export function describe(totals: readonly Takedown[], periods: readonly Takedown[], events: readonly PolicyEvent[]): string {
  const all = [...totals, ...periods].sort(byTime);
  const first = all[0];
  // Of the figures ending last, name the end as precisely as any source gave it ("December 2025" rather than "2025").
  const lastTime = all.length === 0 ? 0 : Math.max(...all.map((t) => pointTime(t).getTime()));
  const last = all.filter((t) => pointTime(t).getTime() === lastTime).sort((a, b) => b.period_end.length - a.period_end.length)[0];
  const latestTotal = totals[totals.length - 1];
  const year = latestYear(periods);
  const units = [...new Set(all.map((t) => unitLabel(t.unit)))];
  const flagged = all.filter((t) => t.conflicts_with.length > 0).length;
  const parts = [
    `Two panels sharing one time axis show social media content removed after ${REFERRING_BODY} referrals, in the units each source used, shown by colour (${units.join("; ")}).`,
    first && last ? `The figures cover periods ending between ${formatDate(first.period_end)} and ${formatDate(last.period_end)}.` : "No figures are drawn.",
    latestTotal ? `Top panel: running totals, each point a published figure; the latest is ${figureText(latestTotal)}, reported by the ${latestTotal.reporting_body}.` : "",
    year
      ? `Bottom panel: removals within stated periods, each drawn across the period it covers; the latest yearly figure is ${formatFigure(year.row.value, year.row.qualifier, year.row.unit)} ${year.row.unit_as_worded} in ${year.year}.`
      : "",
    flagged > 0 ? `${flagged} figures that conflict with another published figure are flagged with a ring.` : "",
    events.length > 0 ? `Dashed vertical lines mark: ${events.map((e) => `${e.title} (${formatDate(e.date)})`).join("; ")}.` : "",
  ];
  return parts.filter(Boolean).join(" ");
}
