/**
 * The data catalogue as served: every file datapackage.json lists, with its
 * size and sha256; downloads equal to the curated data; ZIPs holding what they
 * claim; a real browser download checked against the sha256 on the page;
 * sorting that keeps every row; zero axe violations; a small script budget.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { unzipSync } from "fflate";
import { siteUsage } from "../../src/lib/catalogue/site-catalogue.ts";
import { SCHEMAS } from "../../src/lib/data/schemas.ts";
import { loadFromDisk } from "../../src/lib/data/site-data.ts";
import { validateTable } from "../../src/lib/data/validate.ts";

const { datasets } = loadFromDisk();
const rowsOf = (name: string) => (datasets as unknown as Record<string, readonly Record<string, unknown>[]>)[name] ?? [];
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

interface Listed {
  path: string;
  bytes: number;
  hash: string;
  contents?: string[];
}
interface Resource extends Listed {
  name: string;
  version: string;
  downloads: Listed[];
  versions: Listed[];
}

async function fetchBytes(request: APIRequestContext, path: string): Promise<Uint8Array> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return new Uint8Array(await response.body());
}

async function descriptor(request: APIRequestContext): Promise<{ resources: Resource[] }> {
  return JSON.parse(new TextDecoder().decode(await fetchBytes(request, "/data/datapackage.json"))) as { resources: Resource[] };
}

test("every file in /data/datapackage.json is served with its byte count and sha256", async ({ request }) => {
  const { resources } = await descriptor(request);
  expect(resources.map((r) => r.name)).toEqual(SCHEMAS.map((s) => s.name));
  for (const listed of resources.flatMap((r) => [r, ...r.downloads, ...r.versions])) {
    const bytes = await fetchBytes(request, `/data/${listed.path}`);
    expect(bytes.length, listed.path).toBe(listed.bytes);
    expect(`sha256:${sha256(bytes)}`, listed.path).toBe(listed.hash);
  }
});

test("every file in /data/SHA256SUMS.txt is served with that sha256", async ({ request }) => {
  const lines = new TextDecoder()
    .decode(await fetchBytes(request, "/data/SHA256SUMS.txt"))
    .trimEnd()
    .split("\n");
  expect(lines.length).toBeGreaterThan(SCHEMAS.length * 8);
  for (const line of lines) {
    const [hash = "", path = ""] = line.split("  ");
    expect(sha256(await fetchBytes(request, `/data/${path}`)), path).toBe(hash);
  }
});

test("each dataset's CSV and JSON downloads hold the same rows and values as the source CSV", async ({ request }) => {
  for (const schema of SCHEMAS) {
    const csv = await fetchBytes(request, `/data/${schema.name}/${schema.name}.csv`);
    expect(csv, schema.name).toEqual(new Uint8Array(readFileSync(`data/${schema.name}.csv`)));
    const parsed = validateTable(schema, csv, `${schema.name}.csv`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => r.values)).toEqual(rowsOf(schema.name));
    const json = JSON.parse(new TextDecoder().decode(await fetchBytes(request, `/data/${schema.name}/${schema.name}.json`)));
    expect(json, schema.name).toEqual(rowsOf(schema.name));
  }
});

test("each ZIP holds exactly what it claims, every entry equal to the file served beside it", async ({ request }) => {
  const { resources } = await descriptor(request);
  for (const r of resources) {
    const zip = r.downloads.find((d) => d.path.endsWith(".zip"));
    if (!zip?.contents) throw new Error(`${r.name} lists no ZIP contents`);
    const entries = unzipSync(await fetchBytes(request, `/data/${zip.path}`));
    expect(Object.keys(entries).sort()).toEqual(zip.contents);
    for (const [name, bytes] of Object.entries(entries)) {
      expect(bytes, name).toEqual(await fetchBytes(request, `/data/${r.name}/${name.split("/").at(-1)}`));
    }
  }
  const all = unzipSync(await fetchBytes(request, "/data/takedown-explorer-data.zip"));
  const names = Object.keys(all);
  expect(names.some((n) => n.endsWith("/datapackage.json"))).toBe(true);
  for (const [name, bytes] of Object.entries(all)) {
    expect(bytes, name).toEqual(await fetchBytes(request, `/data/${name.split("/").slice(1).join("/")}`));
  }
});

test("downloading the CSV from its dataset page gives a file whose sha256 is the one shown", async ({ page }) => {
  await page.goto("/data/takedowns/");
  const item = page.locator('li.download[data-path="takedowns/takedowns.csv"]');
  const shown = (await item.locator("code.sha256").textContent())?.trim();
  const [download] = await Promise.all([page.waitForEvent("download"), item.locator("a").click()]);
  const path = await download.path();
  expect(download.suggestedFilename()).toBe("takedowns.csv");
  expect(sha256(new Uint8Array(readFileSync(path)))).toBe(shown);
});

test("sorting the rows table by a column keeps every row", async ({ page }) => {
  await page.goto("/data/takedowns/");
  const rows = page.locator("table.rows tbody tr");
  const ids = async () => rows.evaluateAll((trs) => trs.map((tr) => tr.id));
  const before = await ids();
  expect(before).toEqual(datasets.takedowns.map((t) => t.id));
  const header = page.locator("table.rows thead th", { hasText: /^value$/ });
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const ascending = await ids();
  expect(ascending).toHaveLength(before.length);
  expect(new Set(ascending)).toEqual(new Set(before));
  const value = new Map(datasets.takedowns.map((t) => [t.id, t.value]));
  const values = ascending.map((id) => value.get(id) ?? NaN);
  expect(values).toEqual([...values].sort((a, b) => a - b));
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const descending = await ids();
  expect(new Set(descending)).toEqual(new Set(before));
  expect(descending.map((id) => value.get(id) ?? NaN)).toEqual([...values].sort((a, b) => b - a));
  // The anchors still work after sorting.
  await page.goto(`/data/takedowns/#${before[3]}`);
  await expect(page.locator(`tr[id="${before[3]}"]`)).toBeInViewport();
});

test("a row's anchor leads to that row, highlighted", async ({ page }) => {
  const id = datasets.arrivals[2]?.id ?? "";
  await page.goto(`/data/arrivals/#${id}`);
  const row = page.locator(`tr[id="${id}"]`);
  await expect(row).toBeInViewport();
  expect(await row.evaluate((tr) => tr.matches(":target"))).toBe(true);
});

for (const path of ["/data/", "/data/takedowns/", "/data/cases/"]) {
  // Zero axe violations on these pages: pages.spec.ts (axe once per built page). Their JavaScript, inline and
  // fetched, is held to the site's 8 KB budget by budgets.spec.ts, which counts every built page.
  test(`${path} has unique ids`, async ({ page }) => {
    await page.goto(path);
    const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
}

test("the citation copy buttons copy the citation exactly", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/data/takedowns/");
  const bibtex = page.locator('pre[data-copy^="BibTeX"]');
  await page.getByRole("button", { name: "Copy the BibTeX entry of the dataset" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await bibtex.textContent());
});

test("every chart or explainer listed as using a dataset is a built page", async ({ request }) => {
  const usage = siteUsage();
  expect(usage.length).toBeGreaterThan(5);
  for (const item of usage) expect((await request.get(item.href)).status(), item.href).toBe(200);
});
