/**
 * /cases/ and /cases/<id>/: the complete list without JavaScript; filters that
 * work by keyboard alone, live in the URL and survive a reload; timelines in date
 * order whose links all lead somewhere; no axe violations.
 */
import { axeViolations } from "./axe.ts";
import { withoutJs } from "./no-js.ts";
import { expect, test, type Page } from "@playwright/test";
import { countText, matchesFilter, NO_FILTER, type FilterState } from "../../src/lib/cases/filter-state.ts";
import { facetsOf, filterOptions } from "../../src/lib/cases/options.ts";
import { certainlyBefore } from "../../src/lib/cases/steps.ts";
import { caseViews } from "../../src/lib/cases/view.ts";
import { loadFromDisk } from "../../src/lib/data/site-data.ts";

const { datasets } = loadFromDisk();
const views = caseViews(datasets);
const options = filterOptions(views);
const TOTAL = datasets.cases.length;

/** Ids of the cases a state shows, in list order. */
const expectedIds = (state: FilterState) => views.filter((v) => matchesFilter(facetsOf(v), state)).map((v) => v.id);

async function shownIds(page: Page): Promise<string[]> {
  return page.locator("li[data-case]:visible").evaluateAll((items) => items.map((i) => i.id));
}

/** Presses Tab until the element with `id` has focus (as a keyboard user would), failing after 40 presses. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
  }
  throw new Error(`Tab never reached #${id}`);
}


test.describe("/cases/ without JavaScript", () => {
  test("lists every case in cases.csv, each anchored by its id and linking to its page", async ({ browser }) => {
    await withoutJs(browser, async (page) => {
      await page.goto("/cases/");
      const items = page.locator("li[data-case]");
      await expect(items).toHaveCount(TOTAL);
      expect(await shownIds(page)).toEqual(views.map((v) => v.id));
      for (const row of datasets.cases) {
        const item = page.locator(`li[data-case][id="${row.id}"]`);
        await expect(item.locator(`a[href="/cases/${row.id}/"]`)).toHaveText(row.title);
      }
      await expect(page.locator("#case-count")).toHaveText(countText(TOTAL, TOTAL));
      await expect(page.locator("#case-filters")).toContainText("every case is listed below");
    });
  });

  test("the filters are switched off rather than a form that changes nothing", async ({ browser }) => {
    await withoutJs(browser, async (page) => {
      await page.goto("/cases/");
      for (const id of ["filter-platform", "filter-status", "filter-year"]) await expect(page.locator(`#${id}`)).toBeDisabled();
      await expect(page.getByRole("button", { name: "Apply filters" })).toBeDisabled();
      await expect(page.locator("[data-case-filters-note]")).toBeVisible();
    });
  });
});

test.describe("/cases/ filters with JavaScript", () => {
  test("work by keyboard alone, update the URL and the live region, and survive a reload", async ({ page }) => {
    test.slow(); // dozens of Tab presses, each a round trip: timed out at 30 s on a loaded 2-core machine
    await page.goto("/cases/");
    await expect(page.locator("#filter-platform")).toBeEnabled();
    await expect(page.locator("[data-case-filters-note]")).toBeHidden();
    await expect(page.locator("li[data-case]:visible")).toHaveCount(TOTAL);

    // Tab to each select and choose its first real option with the arrow key.
    await tabTo(page, "filter-platform");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "filter-status");
    await page.keyboard.press("ArrowDown");
    const state: FilterState = { ...NO_FILTER, platform: options.platform[0]?.value ?? null, status: options.status[0]?.value ?? null };
    await expect(page.locator("#filter-platform")).toHaveValue(state.platform ?? "");
    await expect(page.locator("#filter-status")).toHaveValue(state.status ?? "");

    const expected = expectedIds(state);
    expect(expected.length).toBeLessThan(TOTAL); // the chosen filters must actually filter
    await expect.poll(() => shownIds(page)).toEqual(expected);
    const count = page.locator("#case-count");
    await expect(count).toHaveAttribute("aria-live", "polite");
    await expect(count).toHaveText(countText(expected.length, TOTAL));
    const query = `?platform=${state.platform}&status=${state.status}`;
    await expect(page).toHaveURL(`/cases/${query}`);

    // Typing an option's name chooses it too.
    const year = options.year.find((y) => expectedIds({ ...state, year: y.value }).length > 0) ?? options.year[0];
    await tabTo(page, "filter-year");
    await page.keyboard.type(year?.value ?? "");
    const withYear = { ...state, year: year?.value ?? null };
    await expect(page).toHaveURL(`/cases/${query}&year=${withYear.year}`);
    await expect.poll(() => shownIds(page)).toEqual(expectedIds(withYear));

    await page.reload();
    await expect(page.locator("#filter-platform")).toHaveValue(withYear.platform ?? "");
    await expect(page.locator("#filter-status")).toHaveValue(withYear.status ?? "");
    await expect(page.locator("#filter-year")).toHaveValue(withYear.year ?? "");
    await expect.poll(() => shownIds(page)).toEqual(expectedIds(withYear));
    await expect(count).toHaveText(countText(expectedIds(withYear).length, TOTAL));
    expect(await axeViolations(page)).toEqual([]);
  });

  test("reset, by keyboard, shows every case again and clears the URL", async ({ page }) => {
    const status = options.status[0]?.value ?? "";
    await page.goto(`/cases/?status=${status}`);
    await expect.poll(() => shownIds(page)).toEqual(expectedIds({ ...NO_FILTER, status }));
    await tabTo(page, "filter-year");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab"); // past "Apply filters" to "Show all cases"
    await expect(page.locator(":focus")).toHaveText("Show all cases");
    await page.keyboard.press("Enter");
    await expect.poll(() => shownIds(page)).toEqual(views.map((v) => v.id));
    await expect(page).toHaveURL("/cases/");
    await expect(page.locator("#filter-status")).toHaveValue("");
    await expect(page.locator("#case-count")).toHaveText(countText(TOTAL, TOTAL));
  });

  test("a filter no case matches says so, and the count is zero", async ({ page }) => {
    const combo = options.platform.flatMap((p) => options.year.map((y) => ({ ...NO_FILTER, platform: p.value, year: y.value }))).find((s) => expectedIds(s).length === 0);
    test.skip(combo === undefined, "every platform and year pair matches some case");
    if (!combo) return;
    await page.goto(`/cases/?platform=${combo.platform}&year=${combo.year}`);
    await expect(page.locator("li[data-case]:visible")).toHaveCount(0);
    await expect(page.locator("#case-none")).toBeVisible();
    await expect(page.locator("#case-count")).toHaveText(countText(0, TOTAL));
  });

  test("unknown values in the URL are ignored and dropped from it", async ({ page }) => {
    await page.goto("/cases/?platform=Myspace&status=%3Cscript%3E&year=1999&ref=x");
    await expect(page).toHaveURL("/cases/?ref=x");
    await expect(page.locator("li[data-case]:visible")).toHaveCount(TOTAL);
    await expect(page.locator("#case-count")).toHaveText(countText(TOTAL, TOTAL));
  });

  test("an anchor to a case still works", async ({ page }) => {
    const last = views.at(-1);
    if (!last) throw new Error("no cases");
    await page.goto(`/cases/#${last.id}`);
    await expect(page.locator(`li[id="${last.id}"]`)).toBeInViewport();
  });
});

test.describe("case pages", () => {
  let sourceAnchors: Set<string>;
  test.beforeAll(async ({ browser }) => {
    await withoutJs(browser, async (page) => {
      await page.goto("/sources/");
      sourceAnchors = new Set(await page.locator("main [id]").evaluateAll((els) => els.map((e) => e.id)));
    });
  });

  for (const view of views) {
    test(`/cases/${view.id}/ shows its steps in date order with sources that exist`, async ({ page }) => {
      await page.goto(`/cases/${view.id}/`);
      await expect(page.locator("h1")).toHaveText(view.title);
      await expect(page.locator("main")).toContainText(view.statusText.replace(/, as of .*/, ""));
      const steps = page.locator("ol.timeline > li");
      await expect(steps).toHaveCount(datasets.case_steps.filter((s) => s.case_id === view.id).length);
      const dates = await steps.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
      expect(dates).toEqual(view.steps.map((s) => s.date));
      dates.forEach((a, i) => dates.slice(i + 1).forEach((b) => expect(certainlyBefore({ date: b }, { date: a }), `${b} shown after ${a}`).toBe(false)));

      const sourceLinks = await page.locator('main a[href^="/sources/#"]').evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(sourceLinks.length).toBeGreaterThan(0);
      for (const step of view.steps) expect(sourceLinks).toContain(`/sources/#${step.source.source.id}`);
      for (const href of sourceLinks) expect(sourceAnchors, href).toContain(href.slice("/sources/#".length));
    });
  }

  test("every internal link on a case page leads to a built page and an existing anchor", async ({ page, request }) => {
    const checked = new Map<string, Set<string>>();
    for (const view of views) {
      await page.goto(`/cases/${view.id}/`);
      const hrefs = await page.locator("main a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      for (const href of hrefs) {
        const [path = "", hash] = href.split("#");
        let ids = checked.get(path);
        if (!ids) {
          const response = await request.get(path);
          expect(response.status(), href).toBe(200);
          ids = new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""));
          checked.set(path, ids);
        }
        if (hash) expect(ids, href).toContain(hash);
      }
    }
  });
});

// Axe on /cases/, every case page and /about/ in their default state: pages.spec.ts (once per built page).

test.describe("/about/", () => {
  test("has the methodology, corrections, licences and citation, dated by the data", async ({ page }) => {
    await page.goto("/about/");
    for (const id of ["methodology", "corrections", "licences", "cite"]) await expect(page.locator(`h2[id="${id}"]`)).toHaveCount(1);
    await expect(page.locator("main")).toContainText("Corrections log");
    await expect(page.locator("main")).toContainText("CC BY 4.0");
    await expect(page.locator("main pre").last()).toContainText("@misc{takedown-explorer-");
    await expect(page.locator("main pre").last()).toContainText("url          = {https://");
  });
});
