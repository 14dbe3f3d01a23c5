/**
 * One schema per dataset in `data/`. These are the reference: every column's
 * meaning, type and allowed values are written here once, and the validator,
 * the TypeScript row types and `data/datapackage.json` all follow from them.
 * The schemas themselves live in `schemas/`, grouped by subject; this module
 * lists them in order and names their row types.
 */
import type { RowOf } from "./schema-types.ts";
import { sourcesSchema } from "./schemas/sources.ts";
import { takedownsSchema, pricesSchema } from "./schemas/figures.ts";
import { arrivalsSchema, arrivalsMonthlySchema, irregularArrivalsSchema } from "./schemas/arrivals.ts";
import { eventsSchema, CASE_STATUSES, casesSchema, caseStepsSchema } from "./schemas/enforcement.ts";
import { QUALIFIERS } from "./schemas/fields.ts";

export { sourcesSchema };
export { takedownsSchema, pricesSchema };
export { arrivalsSchema, arrivalsMonthlySchema, irregularArrivalsSchema };
export { eventsSchema, CASE_STATUSES, casesSchema, caseStepsSchema };
export { QUALIFIERS, PERIOD_BASES, PLATFORMS } from "./schemas/fields.ts";

/** Every dataset, in the order they are validated and listed (sources first: everything cites it). */
export const SCHEMAS = [
  sourcesSchema,
  takedownsSchema,
  pricesSchema,
  arrivalsSchema,
  arrivalsMonthlySchema,
  irregularArrivalsSchema,
  eventsSchema,
  casesSchema,
  caseStepsSchema,
] as const;

export type DatasetName = keyof Datasets;

export type Source = RowOf<typeof sourcesSchema>;
export type Takedown = RowOf<typeof takedownsSchema>;
export type Price = RowOf<typeof pricesSchema>;
export type Arrival = RowOf<typeof arrivalsSchema>;
export type MonthlyArrival = RowOf<typeof arrivalsMonthlySchema>;
export type IrregularArrival = RowOf<typeof irregularArrivalsSchema>;
export type PolicyEvent = RowOf<typeof eventsSchema>;
export type Case = RowOf<typeof casesSchema>;
export type CaseStep = RowOf<typeof caseStepsSchema>;
export type Qualifier = (typeof QUALIFIERS)[number];

/** All datasets, typed, as the site uses them. */
export interface Datasets {
  readonly sources: readonly Source[];
  readonly takedowns: readonly Takedown[];
  readonly prices: readonly Price[];
  readonly arrivals: readonly Arrival[];
  readonly arrivals_monthly: readonly MonthlyArrival[];
  readonly irregular_arrivals: readonly IrregularArrival[];
  readonly events: readonly PolicyEvent[];
  readonly cases: readonly Case[];
  readonly case_steps: readonly CaseStep[];
}
