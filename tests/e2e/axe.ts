/** The one axe-core check every browser test uses: WCAG 2.2 A and AA rules, violations as readable lines. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Each violation on the page as `label: rule: targets` (no label prefix when `label` is empty); [] when clean. */
export async function axeViolations(page: Page, label = ""): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const prefix = label === "" ? "" : `${label}: `;
  return axe.violations.map((v) => `${prefix}${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
