/**
 * Dates and periods for reading, in British style ("25 July 2024"). Partial
 * dates keep their precision: a source that said "December 2021" is never
 * shown as "1 December 2021".
 */
import { parsePartialDate, type PartialDate } from "../data/partial-date.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** `long`: "25 July 2024"; `short`: "25 Jul 2024" (for periods, tables and chart axes). */
export type DateStyle = "long" | "short";

function monthName(month: number, style: DateStyle): string {
  const name = MONTHS[month - 1] ?? "";
  // Three letters for every month, "Jun" and "Jul" included, so short dates line up.
  return style === "long" ? name : name.slice(0, 3);
}

function render({ year, month, day }: PartialDate, style: DateStyle): string {
  if (month === null) return String(year);
  const my = `${monthName(month, style)} ${year}`;
  return day === null ? my : `${day} ${my}`;
}

/** `2024` -> "2024"; `2021-12` -> "December 2021"; `2024-07-25` -> "25 July 2024". */
export function formatDate(text: string, style: DateStyle = "long"): string {
  return render(parsePartialDate(text), style);
}

/**
 * A period from two partial dates, with short month names:
 * - one date: `2023`..`2023` -> "2023", `2024-07`..`2024-07` -> "Jul 2024";
 * - two years: `2024`..`2025` -> "2024–2025" (closed-up en dash, as for year ranges);
 * - anything else: `2021-12`..`2024-06` -> "Dec 2021 – Jun 2024" (spaced en dash,
 *   because the ends contain spaces). Both ends always carry their year, so a
 *   period is never misread as starting in the year it ends.
 */
export function formatPeriod(start: string, end: string, style: DateStyle = "short"): string {
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (start === end) return render(a, style);
  if (a.month === null && b.month === null) return `${a.year}–${b.year}`;
  return `${render(a, style)} – ${render(b, style)}`;
}
