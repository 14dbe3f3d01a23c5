/**
 * What the case pages show, shaped once from the rows: labels, the status as
 * of its date, the steps in date order with numbered sources, and the facets
 * the filters use. Everything here is plain text for pages to render as text.
 */
import type { Case, CaseStep, Datasets, Source } from "../data/schemas.ts";
import { compareByLastDay } from "../data/partial-date.ts";
import { formatDate } from "../format/dates.ts";
import { caseStepLabel } from "../format/labels.ts";
import { CONVICTED_STATUSES, platformLabel, statusLabel, type CaseStatus, type Platform } from "./labels.ts";
import { orderSteps, stepYears } from "./steps.ts";

export interface NumberedSource {
  /** 1 for the first source cited on the case's page, and so on. */
  readonly n: number;
  readonly source: Source;
}

export interface StepView {
  readonly id: string;
  /** ISO partial date, for `<time datetime>`. */
  readonly date: string;
  /** The date at its precision: "April 2024", "25 July 2024". */
  readonly dateText: string;
  readonly label: string;
  readonly description: string;
  readonly note: string | null;
  readonly source: NumberedSource;
}

export interface CaseView {
  readonly id: string;
  readonly title: string;
  readonly place: string;
  readonly court: string | null;
  readonly platforms: readonly { readonly value: Platform; readonly label: string }[];
  readonly status: CaseStatus;
  readonly statusDate: string;
  /** "Charged". */
  readonly statusLabel: string;
  /** "Charged, as of 25 July 2024". */
  readonly statusText: string;
  /** Calendar years of the case's steps, ascending (the year filter matches any). */
  readonly years: readonly number[];
  readonly methods: string;
  readonly offences: string | null;
  /** Whether a court has convicted in this case: its status or a conviction or sentence step says so. */
  readonly convicted: boolean;
  /** Heading for the offences: proved once convicted, allegations otherwise. */
  readonly offencesLabel: string;
  readonly people: string;
  readonly summary: string;
  readonly note: string | null;
  /** The source of the case row itself (its summary and status). */
  readonly source: NumberedSource;
  readonly steps: readonly StepView[];
  /** Every source cited on the page, numbered in order of first citation: the case's own, then the steps'. */
  readonly sources: readonly NumberedSource[];
}

function numberer(sources: readonly Source[]) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const numbered = new Map<string, NumberedSource>();
  return {
    cite(id: string): NumberedSource {
      const known = numbered.get(id);
      if (known) return known;
      const source = byId.get(id);
      // The validator checks every source_id; this guards data that bypassed it.
      if (!source) throw new Error(`source_id ${JSON.stringify(id)} is not in sources.csv`);
      const entry = { n: numbered.size + 1, source };
      numbered.set(id, entry);
      return entry;
    },
    all: () => [...numbered.values()],
  };
}

function offencesLabel(status: CaseStatus, convicted: boolean): string {
  if (convicted) return "Offences (convicted)";
  return status === "charged" ? "Offences charged (allegations, not proved)" : "Offences alleged (not proved)";
}

/** The view of one case, from its row, all step rows (others' are ignored) and the sources. */
export function caseView(row: Case, allSteps: readonly CaseStep[], sources: readonly Source[]): CaseView {
  const numbers = numberer(sources);
  const source = numbers.cite(row.source_id);
  const ordered = orderSteps(allSteps.filter((s) => s.case_id === row.id));
  const steps = ordered.map((s) => ({
    id: s.id,
    date: s.date,
    dateText: formatDate(s.date),
    label: caseStepLabel(s.step),
    description: s.description,
    note: s.note,
    source: numbers.cite(s.source_id),
  }));
  const convicted = CONVICTED_STATUSES.includes(row.status) || ordered.some((s) => s.step === "conviction" || s.step === "sentence");
  return {
    id: row.id,
    title: row.title,
    place: row.place,
    court: row.court,
    platforms: row.platforms.map((value) => ({ value, label: platformLabel(value) })),
    status: row.status,
    statusDate: row.status_date,
    statusLabel: statusLabel(row.status),
    statusText: `${statusLabel(row.status)}, as of ${formatDate(row.status_date)}`,
    years: stepYears(ordered),
    methods: row.methods,
    offences: row.offences,
    convicted,
    offencesLabel: offencesLabel(row.status, convicted),
    people: row.people,
    summary: row.summary,
    note: row.note,
    source,
    steps,
    sources: numbers.all(),
  };
}

/** Every case, the most recently reported status first; equal dates keep file order. */
export function caseViews(data: Pick<Datasets, "cases" | "case_steps" | "sources">): CaseView[] {
  return data.cases
    .map((row) => caseView(row, data.case_steps, data.sources))
    .map((view, index) => ({ view, index }))
    .sort((a, b) => compareByLastDay(b.view.statusDate, a.view.statusDate) || a.index - b.index)
    .map(({ view }) => view);
}

/** "2024", "2023, 2024 and 2025"; "" when a case has no steps. */
export function yearsText(years: readonly number[]): string {
  const words = years.map(String);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}
