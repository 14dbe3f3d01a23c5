/**
 * CSV text to records that remember where each cell starts, using papaparse
 * (RFC 4180: quoted fields may hold commas, quotes and line breaks; CRLF or LF).
 * The position of every cell is kept so that a bad value can be reported as
 * `file:line:column`, which papaparse alone does not give.
 */
import Papa from "papaparse";
import { positionIndex, type Position, type PositionOf } from "./positions.ts";

export interface Cell extends Position {
  readonly value: string;
  /** Whether the field was written in double quotes. */
  readonly quoted: boolean;
}

export interface CsvRecord extends Position {
  readonly cells: readonly Cell[];
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

function cellsAt(text: string, rowStart: number, values: readonly string[], at: PositionOf): Cell[] {
  let offset = rowStart;
  return values.map((value) => {
    const cell = { value, quoted: text[offset] === '"', ...at(offset) };
    offset += rawLength(text, offset, value) + 1; // +1 for the comma
    return cell;
  });
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

export function parseCsv(text: string): ParsedCsv {
  const at = positionIndex(text);
  const records: CsvRecord[] = [];
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
      const cells = cellsAt(text, start, result.data, at);
      // A quoting error belongs to the last quoted cell: it swallowed the rest of the row.
      const culprit = cells.findLast((c) => c.quoted) ?? at(start);
      for (const err of result.errors) {
        problems.push({ line: culprit.line, column: culprit.column, message: QUOTE_PROBLEMS[err.code] ?? err.message });
      }
      records.push({ ...at(start), cells, malformed: result.errors.length > 0 });
    },
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
