/** Policy-timeline rows -> series: events in date order, their numbers, and the description. */
import type { PolicyEvent } from "../../data/schemas.ts";
import { formatDate } from "../../format/dates.ts";
import { spanOf } from "../core/time-axis.ts";
import { CATEGORIES } from "./lanes.ts";

const mid = (e: PolicyEvent) => spanOf(e.date).mid.getTime();

/** Events in date order (ties by id): the order of their numbers and of the table. */
export function chronological(events: readonly PolicyEvent[]): PolicyEvent[] {
  return [...events].sort((a, b) => mid(a) - mid(b) || a.id.localeCompare(b.id));
}

/** Each event's number (1-based) in date order. */
export function eventNumbers(events: readonly PolicyEvent[]): Map<string, number> {
  return new Map(chronological(events).map((e, i) => [e.id, i + 1]));
}

/** The <desc> sentence: how many events, the range, the lanes and their counts, the latest event. */
export function describe(events: readonly PolicyEvent[]): string {
  const sorted = chronological(events);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "No events to show.";
  const lanes = CATEGORIES.map((c) => ({ c, n: events.filter((e) => e.category === c.id).length })).filter((l) => l.n > 0);
  const laneText = lanes.map((l) => `${l.c.label.toLowerCase()} (${l.n})`).join(", ");
  return `${events.length} law, policy and enforcement events on a time axis from ${formatDate(first.date)} to ${formatDate(last.date)}, in ${lanes.length} lanes by category: ${laneText}. The first is ${first.title} (${formatDate(first.date)}); the latest is ${last.title} (${formatDate(last.date)}).`;
}
