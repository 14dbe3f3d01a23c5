/**
 * Each case on /cases/ is anchored by its id (`/cases/#preston-zada`), so a
 * case id must not equal an id the page or layout uses for itself, or the
 * skip link or a filter would land on the wrong element.
 */

import { CASES_PAGE_IDS, isCasesPageId } from "../identity/page-ids.ts";

/** Problems as sentences, one per colliding id; empty when all ids are free. */
export function idCollisions(caseIds: readonly string[], pageIds: readonly string[] = CASES_PAGE_IDS): string[] {
  return caseIds
    .filter((id) => isCasesPageId(id, pageIds))
    .map((id) => `case id ${JSON.stringify(id)} is also an id of the /cases/ page: rename the case in data/cases.csv`);
}
