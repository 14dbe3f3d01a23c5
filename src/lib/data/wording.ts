/**
 * Checks that a row says no more than its source's words: a price is in the
 * currency the source quoted (never a conversion printed beside it), and a
 * takedown figure's period is marked as the curators' reading whenever the
 * source did not give it as dates. Pure; run over the real data by the tests.
 */
import type { Price, Source, Takedown } from "./schemas.ts";

const CURRENCY_MARKS: Readonly<Record<Price["currency"], RegExp>> = {
  GBP: /£|\bpounds?\b|\bGBP\b/i,
  EUR: /€|\beuros?\b|\bEUR\b/i,
  USD: /\$|\bdollars?\b|\bUSD\b/i,
};

/** Problems with a price's currency: its wording must name its currency and no other. */
export function currencyProblems(price: Pick<Price, "id" | "currency" | "as_worded">): string[] {
  const named = (Object.keys(CURRENCY_MARKS) as Price["currency"][]).filter((c) => CURRENCY_MARKS[c].test(price.as_worded));
  if (!named.includes(price.currency)) {
    return [`${price.id}: stored in ${price.currency} but the source's words "${price.as_worded}" do not quote ${price.currency}`];
  }
  const others = named.filter((c) => c !== price.currency);
  return others.length > 0
    ? [`${price.id}: "${price.as_worded}" also names ${others.join(", ")}: keep only the quoted price and say in the note that the other is a conversion`]
    : [];
}

type PeriodRow = Pick<Takedown, "id" | "period_start" | "period_end" | "period_basis" | "period_as_worded" | "source_id">;

/** Problems with where a figure's period comes from. */
export function periodProblems(row: PeriodRow, sources: readonly Pick<Source, "id" | "published">[]): string[] {
  const problems: string[] = [];
  if (row.period_basis === null) return [`${row.id}: period_basis is blank: say whether the source states the period`];
  if (row.period_basis === "stated" && row.period_as_worded) {
    problems.push(`${row.id}: the period is marked stated but has words instead of dates ("${row.period_as_worded}"): mark it read-from-wording`);
  }
  if (row.period_basis === "read-from-wording" && !row.period_as_worded) {
    problems.push(`${row.id}: the period is our reading, but the source's words for it are missing (period_as_worded)`);
  }
  if (row.period_basis === "publication-date") {
    const published = sources.find((s) => s.id === row.source_id)?.published ?? null;
    if (published === null || row.period_start !== published || row.period_end !== published) {
      problems.push(`${row.id}: a period taken from the publication date must equal the source's published date (${published ?? "none"})`);
    }
  }
  return problems;
}
