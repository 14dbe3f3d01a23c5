import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileFor, serveDirectory, type StaticServer } from "../../../scripts/serve-static.ts";

// A tiny built site: the server must answer as the production host does for what the browser tests rely on.
let root: string;
let server: StaticServer;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "serve-static-"));
  mkdirSync(join(root, "about"));
  mkdirSync(join(root, "embed"));
  writeFileSync(join(root, "index.html"), "<h1>home</h1>");
  writeFileSync(join(root, "about/index.html"), "<h1>about</h1>");
  writeFileSync(join(root, "embed/index.html"), "<h1>embed</h1>");
  writeFileSync(join(root, "404.html"), "<h1>not here</h1>");
  writeFileSync(join(root, "data.csv"), "a,b\n1,2\n");
  writeFileSync(join(root, "_headers"), "/*\n  X-Content-Type-Options: nosniff\n/about/*\n  X-Frame-Options: DENY\n");
  writeFileSync(join(tmpdir(), "outside.txt"), "secret");
  server = await serveDirectory(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe("serve-static", () => {
  it("serves a directory's index.html with the headers _headers gives its path", async () => {
    const res = await fetch(`${server.origin}/about/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("<h1>about</h1>");
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("leaves out rules that do not match the path", async () => {
    const res = await fetch(`${server.origin}/embed/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-frame-options")).toBeNull();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers an unknown path with 404.html and status 404", async () => {
    const res = await fetch(`${server.origin}/no/such/page/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("<h1>not here</h1>");
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("sends files with their content type", async () => {
    const res = await fetch(`${server.origin}/data.csv`);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await res.text()).toBe("a,b\n1,2\n");
  });

  it("never serves a file outside the root", () => {
    expect(fileFor(root, "/../outside.txt")).toBeUndefined();
    expect(fileFor(root, "/%2e%2e/outside.txt")).toBeUndefined();
    expect(fileFor(root, "/%E0%A4%A")).toBeUndefined();
    expect(fileFor(root, "/")).toBe(join(root, "index.html"));
  });
});

describe("serve-static --gzip", () => {
  let gzipped: StaticServer;
  beforeAll(async () => {
    writeFileSync(join(root, "logo.png"), "not really a png");
    gzipped = await serveDirectory(root, 0, { gzip: true });
  });
  afterAll(() => gzipped.close());

  it("compresses text for a browser that accepts gzip, and the text is unchanged", async () => {
    const res = await fetch(`${gzipped.origin}/data.csv`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toBe("accept-encoding");
    expect(await res.text()).toBe("a,b\n1,2\n");
  });

  it("sends text as it is to a client that does not accept gzip", async () => {
    const res = await fetch(`${gzipped.origin}/about/`, { headers: { "accept-encoding": "identity" } });
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toBe("<h1>about</h1>");
  });

  it("leaves binary files alone", async () => {
    const res = await fetch(`${gzipped.origin}/logo.png`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBeNull();
  });

  it("is off unless asked for", async () => {
    const res = await fetch(`${server.origin}/data.csv`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBeNull();
  });
});
