/** Checks every built page: status, title, one h1, no console errors, zero axe violations, complete without JavaScript. */
import { axeViolations } from "./axe.ts";
import { expect, test, type Page } from "@playwright/test";
import { builtPagePaths } from "./built-pages.ts";

const paths = builtPagePaths();

test("the build has the expected pages", () => {
  expect(paths).toEqual(expect.arrayContaining(["/", "/sources/"]));
});

/** Collects console errors and uncaught exceptions while the page loads. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

// One test and one page load per page (the suite's wall time is mostly page loads and axe runs): status, title,
// one h1, axe, console errors, then the same page's text compared with a JavaScript-free load of it.
// Axe runs here once per page in its default state; other specs run it only on states this cannot reach.
for (const path of paths) {
  test(`page ${path}: answers 200 with a title, one h1, no console errors, no axe violations, and the same content without JavaScript`, async ({ page, browser }) => {
    test.slow(); // axe-core and two page loads: over 30 s for /sources/ on a loaded 2-core machine
    const errors = watchErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator("h1")).toHaveCount(1);
    // Axe once per theme on the same load: the colours differ, the markup does not.
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page, colorScheme)).toEqual([]);
    }
    expect(errors).toEqual([]);

    // Tabs (chart pages) show one view at a time on screen; in print every view shows, as without
    // JavaScript, so pages with tabs are compared as printed, with and without JavaScript alike.
    const tabbed = (await page.locator("[role='tablist']").count()) > 0;
    if (tabbed) await page.emulateMedia({ media: "print" });
    // A note that explains what is off without JavaScript (`data-no-js-note`) must be gone once scripts run, and is the
    // one thing the JavaScript-free page may add.
    for (const note of await page.locator("[data-no-js-note]").all()) await expect(note).toBeHidden();
    const withJs = await page.locator("main").innerText();
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const noJs = await context.newPage();
      if (tabbed) await noJs.emulateMedia({ media: "print" });
      await noJs.goto(path);
      await expect(noJs.locator("h1")).toBeVisible();
      await noJs.locator("[data-no-js-note]").evaluateAll((notes) => notes.forEach((n) => n.remove()));
      expect(await noJs.locator("main").innerText()).toBe(withJs);
    } finally {
      await context.close();
    }
  });
}

test("an unknown address answers 404 with a page that leads home", async ({ page }) => {
  test.slow(); // an axe-core run: timed out at 30 s under load
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator('main a[href="/"]')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});
