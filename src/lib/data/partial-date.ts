/**
 * ISO partial dates (`2024`, `2024-07`, `2024-07-25`) as plain strings. No
 * `Date` objects: a `new Date("2024-07")` is read in UTC but printed in local
 * time, which moves month boundaries depending on the build machine.
 */

export interface PartialDate {
  readonly year: number;
  /** 1-12, or null when only the year is known. */
  readonly month: number | null;
  /** 1-31, or null when only the year or month is known. */
  readonly day: number | null;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, capturing year, month and day. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year (1-based month). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; throws a RangeError naming the text otherwise. */
export function parsePartialDate(text: string): PartialDate {
  const match = PARTIAL_DATE.exec(text);
  if (!match) throw new RangeError(`${JSON.stringify(text)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) throw new RangeError(`${JSON.stringify(text)} has no month ${month}`);
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) {
    throw new RangeError(`${JSON.stringify(text)} has no day ${day}`);
  }
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** First day a partial date can mean, as `YYYY-MM-DD`: `2024-02` -> `2024-02-01`. */
export function firstDay(text: string): string {
  const { year, month, day } = parsePartialDate(text);
  return `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
}

/** Last day a partial date can mean, as `YYYY-MM-DD`: `2024-02` -> `2024-02-29`. */
export function lastDay(text: string): string {
  const { year, month, day } = parsePartialDate(text);
  const m = month ?? 12;
  return `${year}-${pad(m)}-${pad(day ?? daysInMonth(year, m))}`;
}

/**
 * Orders partial dates by the last day they can mean (so `2024` sorts after
 * `2024-06-30`), for "latest" comparisons. Full ISO dates compare as strings.
 */
export function compareByLastDay(a: string, b: string): number {
  const x = lastDay(a);
  const y = lastDay(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** As `compareByLastDay`, with a missing date (an undated source) before every date. */
export function compareByLastDayUndatedFirst(a: string | null, b: string | null): number {
  if (a === null || b === null) return (a === null ? 0 : 1) - (b === null ? 0 : 1);
  return compareByLastDay(a, b);
}

/**
 * The calendar year a period covers exactly (all of it and nothing more), or
 * null: `2024`..`2024`, `2024-01`..`2024-12` and `2024-01-01`..`2024-12-31` all give 2024.
 */
export function calendarYearOf(start: string, end: string): number | null {
  const first = firstDay(start);
  const last = lastDay(end);
  const year = first.slice(0, 4);
  return first === `${year}-01-01` && last === `${year}-12-31` ? Number(year) : null;
}
