/**
 * CSV text to records that remember where each cell starts, using papaparse
 * (RFC 4180: quoted fields may hold commas, quotes and line breaks; CRLF or LF).
 * The position of every cell is kept so that a bad value can be reported as
 * `file:line:column`, which papaparse alone does not give.
 */
import Papa from "papaparse";
import { positionIndex, type Position, type PositionOf } from "./positions.ts";

export interface Cell {
  readonly value: string;
  /** Whether the field was written in double quotes. */
  readonly quoted: boolean;
  /** Character offset of the cell's first character (its opening quote, if quoted). */
  readonly offset: number;
}

export interface CsvRecord {
  /** Character offset where the record starts. */
  readonly offset: number;
  readonly cells: readonly Cell[];
  /** True when the record has a quoting error: its cells cannot be trusted. */
  readonly malformed: boolean;
}

/**
 * A record as the streaming reader hands it over: values and the offset of
 * each cell in two parallel arrays (no object per cell, which matters for
 * files of a million rows).
 */
export interface RawRecord {
  /** Character offset where the record starts. */
  readonly offset: number;
  readonly values: readonly string[];
  /** Character offset of each cell's first character (its opening quote, if quoted). */
  readonly offsets: readonly number[];
  /** True when the record has a quoting error: its cells cannot be trusted. */
  readonly malformed: boolean;
}

export interface CsvSyntaxProblem extends Position {
  readonly message: string;
}

export interface ParsedCsv {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvSyntaxProblem[];
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: "quoted field is not closed (a `\"` is missing)",
  InvalidQuotes: 'malformed quotes: a quote inside a quoted field must be doubled ("")',
};

/** Raw length of a field in the source text, given where it starts and its parsed value. */
function rawLength(text: string, start: number, value: string): number {
  if (text[start] !== '"') return value.length;
  let quotes = 0;
  for (const ch of value) if (ch === '"') quotes++;
  return value.length + quotes + 2;
}

// Offsets, not line and column: converting is costly and only needed for the few cells that have a problem.
function offsetsOf(text: string, rowStart: number, values: readonly string[]): number[] {
  const offsets = new Array<number>(values.length);
  let offset = rowStart;
  for (let i = 0; i < values.length; i++) {
    offsets[i] = offset;
    offset += rawLength(text, offset, values[i] ?? "") + 1; // +1 for the comma
  }
  return offsets;
}

/**
 * The file's line break, read from the end of its first line. Given explicitly to
 * papaparse because its own guess can be misled by a CR inside a quoted cell.
 */
function lineBreakOf(text: string): "\r\n" | "\n" | "\r" {
  const lf = text.indexOf("\n");
  if (lf === -1) return text.includes("\r") ? "\r" : "\n";
  return text[lf - 1] === "\r" ? "\r\n" : "\n";
}

/**
 * Streams the records of `text` to `onRecord`, one at a time, so a large file is
 * never held as rows; returns quoting problems. `at` converts offsets to positions.
 */
export function readCsv(text: string, onRecord: (record: RawRecord) => void, at: PositionOf = positionIndex(text)): CsvSyntaxProblem[] {
  const problems: CsvSyntaxProblem[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: lineBreakOf(text),
    skipEmptyLines: false,
    step: (result) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      // A final line break leaves an empty record at the very end: not a row.
      if (start >= text.length && result.data.length === 1 && result.data[0] === "") return;
      const offsets = offsetsOf(text, start, result.data);
      if (result.errors.length > 0) {
        // A quoting error belongs to the last quoted cell: it swallowed the rest of the row.
        const culprit = at(offsets.findLast((o) => text[o] === '"') ?? start);
        for (const err of result.errors) problems.push({ ...culprit, message: QUOTE_PROBLEMS[err.code] ?? err.message });
      }
      onRecord({ offset: start, values: result.data, offsets, malformed: result.errors.length > 0 });
    },
  });
  return problems;
}

/** All records of a (small) CSV text at once, one object per cell. */
export function parseCsv(text: string): ParsedCsv {
  const records: CsvRecord[] = [];
  const problems = readCsv(text, (r) => {
    const cells = r.values.map((value, i) => {
      const offset = r.offsets[i] ?? r.offset;
      return { value, offset, quoted: text[offset] === '"' };
    });
    records.push({ offset: r.offset, cells, malformed: r.malformed });
  });
  return { records, problems };
}

/**
 * Writes one CSV field as RFC 4180 requires: quoted when it holds a comma, a
 * quote, a line break, or leading/trailing space; inner quotes doubled.
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of strings to CSV text with LF line ends and a final line break. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // A lone empty field is written as "" so the line is not read back as a blank row.
  const line = (r: readonly string[]) => (r.length === 1 && r[0] === "" ? '""' : r.map(csvField).join(","));
  return [header, ...rows].map(line).join("\n") + "\n";
}
