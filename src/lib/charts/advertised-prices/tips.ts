/** Plain-text tooltips for the advertised-prices chart: everything needed to read one price correctly. */
import type { Price } from "../../data/schemas.ts";
import { formatPeriod } from "../../format/dates.ts";
import { spanOf } from "../core/time-axis.ts";
import { itemLabel, measureLabel, priceText } from "./price-text.ts";

/** "Jul 2021: up to £20,000 for a crossing, advertised on TikTok (as worded: “up to £20,000”). Placed at the middle of the period." */
export function priceTip(row: Price): string {
  const on = row.platforms.length > 0 ? ` on ${row.platforms.join(", ")}` : "";
  const placed = spanOf(row.period_start, row.period_end).day ? "" : " Placed at the middle of the period.";
  return `${formatPeriod(row.period_start, row.period_end)}: ${priceText(row)} for ${itemLabel(row.item)}, ${measureLabel(row.measure)}${on} (as worded: “${row.as_worded}”).${placed}`;
}
