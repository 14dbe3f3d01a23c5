/** Every chart on the site, in the order the charts index lists them. Add a chart module here to publish it. */
import type { ChartDefinition } from "./core/definition.ts";
import { takedownsOverTime } from "./takedowns-over-time.ts";
import { removalsVsArrivals } from "./removals-vs-arrivals.ts";
import { advertisedPrices } from "./advertised-prices.ts";
import { caseTimelines } from "./case-timelines.ts";
import { policyTimeline } from "./policy-timeline.ts";

export const CHARTS: readonly ChartDefinition[] = [takedownsOverTime, removalsVsArrivals, advertisedPrices, caseTimelines, policyTimeline];

export function chartById(id: string): ChartDefinition | undefined {
  return CHARTS.find((c) => c.id === id);
}
