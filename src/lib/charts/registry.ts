/** Every chart on the site, in the order the charts index lists them. Add a chart module here to publish it. */
import type { ChartDefinition } from "./core/definition.ts";
import { takedownsOverTime } from "./takedowns-over-time/index.ts";
import { removalsVsArrivals } from "./removals-vs-arrivals/index.ts";
import { advertisedPrices } from "./advertised-prices/index.ts";
import { caseTimelines } from "./case-timelines/index.ts";
import { policyTimeline } from "./policy-timeline/index.ts";

export const CHARTS: readonly ChartDefinition[] = [takedownsOverTime, removalsVsArrivals, advertisedPrices, caseTimelines, policyTimeline];

export function chartById(id: string): ChartDefinition | undefined {
  return CHARTS.find((c) => c.id === id);
}
