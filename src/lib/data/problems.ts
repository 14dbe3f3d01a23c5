/** A single thing wrong with a data file, at the place a text editor would show it. */
export interface Problem {
  /** Path as shown to the reader, e.g. `data/takedowns.csv`. */
  readonly file: string;
  /** 1-based line, counted as a text editor counts it. */
  readonly line: number;
  /** 1-based column (in characters) where the offending cell or text starts. */
  readonly column: number;
  readonly message: string;
}

/** `data/takedowns.csv:12:40: "12,000" is not a number` */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Orders problems by file, then position, so the list reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown when any dataset is invalid; its message lists every problem, one per line. */
export class DataError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    // "Data problems (n)" needs no plural: format/plural.ts (countOf) sits above the data layer.
    super(`Data problems (${sorted.length}):\n${sorted.map(formatProblem).join("\n")}`);
    this.name = "DataError";
    this.problems = sorted;
  }
}
