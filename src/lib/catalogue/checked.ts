/**
 * When each dataset was last checked, row by row, against its sources: read
 * from `data/checked.csv` (dataset, checked_on, record), which the curators
 * update after an audit (see data/AUDIT.md). It is kept in the data, not taken
 * from the build, so the date means "checked", not "built", and builds stay
 * byte-identical. Pure: the text is passed in.
 */
import { parseCsv } from "../data/csv.ts";
import { positionIndex } from "../data/positions.ts";
import type { Problem } from "../data/problems.ts";

export const CHECKED_FILE = "checked.csv";
const COLUMNS = ["dataset", "checked_on", "record"] as const;

export interface CheckedEntry {
  readonly dataset: string;
  /** ISO date, YYYY-MM-DD. */
  readonly checkedOn: string;
  /** What was checked and where the record of it is. */
  readonly record: string;
}

export interface CheckedFile {
  readonly entries: ReadonlyMap<string, CheckedEntry>;
  readonly problems: readonly Problem[];
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Reads `checked.csv`; every bad cell is a problem at its `file:line:column`. */
export function readChecked(text: string, file: string, datasets: readonly string[]): CheckedFile {
  const at = positionIndex(text);
  const { records, problems: syntax } = parseCsv(text);
  const problems: Problem[] = syntax.map((p) => ({ file, line: p.line, column: p.column, message: p.message }));
  const [header, ...body] = records;
  const names = header?.cells.map((c) => c.value) ?? [];
  if (names.join(",") !== COLUMNS.join(",")) {
    problems.push({ file, line: 1, column: 1, message: `the header must be ${COLUMNS.join(",")}` });
    return { entries: new Map(), problems };
  }
  const entries = new Map<string, CheckedEntry>();
  for (const record of body) {
    if (record.cells.length === 1 && record.cells[0]?.value === "") continue;
    const bad = (cell: number, message: string) => {
      const where = at(record.cells[cell]?.offset ?? record.offset);
      problems.push({ file, line: where.line, column: where.column, message });
    };
    const [dataset = "", checkedOn = "", note = ""] = record.cells.map((c) => c.value);
    if (record.cells.length !== COLUMNS.length) bad(0, `expected ${COLUMNS.length} cells, found ${record.cells.length}`);
    else if (!datasets.includes(dataset)) bad(0, `${JSON.stringify(dataset)} is not a dataset`);
    else if (entries.has(dataset)) bad(0, `${dataset} is listed twice`);
    else if (!isIsoDate(checkedOn)) bad(1, `${JSON.stringify(checkedOn)} is not a date (YYYY-MM-DD)`);
    else if (note.trim() === "") bad(2, "say what was checked, or where the record of it is");
    else entries.set(dataset, { dataset, checkedOn, record: note });
  }
  return { entries, problems };
}

/** The latest date any dataset was checked, or null when none is recorded. */
export function lastChecked(entries: ReadonlyMap<string, CheckedEntry>): string | null {
  return [...entries.values()].map((e) => e.checkedOn).sort().at(-1) ?? null;
}
