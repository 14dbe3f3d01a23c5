/** A page with JavaScript switched off, in its own browser context, closed afterwards even when the test fails. */
import type { Browser, Page } from "@playwright/test";

export async function withoutJs<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}
