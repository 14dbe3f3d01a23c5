// Serves a built site (dist/ or dist-hostile/) on loopback the way the production static host does, for the browser
// tests: a directory answers with its index.html, an unknown path with 404.html and status 404, every file with its
// content type and with the response headers that the build's `_headers` file gives its path (so the framing and
// CSP tests see real headers). With --gzip it also compresses text when the browser accepts it, as production hosts
// do, for measuring what a reader downloads (bench/lighthouse.ts). No network beyond 127.0.0.1, no dependencies.
//
//   node scripts/serve-static.ts [root=dist] [--port 4321] [--gzip]
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { headersFor, parseHeaders, type HeaderRule } from "../src/lib/embed/headers.ts";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".csv": "text/csv; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".cff": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".zip": "application/zip",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
};

/** Content types worth compressing: text, whatever the format (fonts, images and archives are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export interface ServeOptions {
  /** Gzip compressible responses for clients that accept it. */
  readonly gzip?: boolean;
}

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** The file a request path names under `root` (a directory's index.html), or undefined for none or an escape. */
export function fileFor(root: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (!existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) {
    const index = join(file, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return file;
}

function respond(root: string, rules: readonly HeaderRule[], options: ServeOptions, req: IncomingMessage, res: ServerResponse): void {
  const { pathname } = new URL(req.url ?? "/", "http://127.0.0.1");
  const file = fileFor(root, pathname);
  const notFound = join(root, "404.html");
  const served = file ?? (existsSync(notFound) ? notFound : undefined);
  const status = file ? 200 : 404;
  const contentType = served ? (CONTENT_TYPES[extname(served)] ?? "application/octet-stream") : "text/plain; charset=utf-8";
  const headers: Record<string, string> = { ...headersFor(rules, pathname), "content-type": contentType };
  let body: Buffer = served ? readFileSync(served) : Buffer.from("not found");
  if (options.gzip && COMPRESSIBLE.test(contentType)) {
    headers["vary"] = "accept-encoding";
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
  }
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Serves `root` on 127.0.0.1 at `port` (0: a free one) until closed. */
export async function serveDirectory(root: string, port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const headersFile = join(base, "_headers");
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, "utf8")) : [];
  const server = createServer((req, res) => respond(base, rules, options, req, res));
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", done);
  });
  const address = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 4321;
  const root = args.find((arg, i) => !arg.startsWith("--") && i !== portAt + 1) ?? "dist";
  if (!existsSync(join(root, "index.html"))) {
    console.error(`serve-static: ${root}/index.html not found; run \`npm run build\` first`);
    process.exit(1);
  }
  const gzip = args.includes("--gzip");
  const server = await serveDirectory(root, port, { gzip });
  console.log(`serving ${root} at ${server.origin}/${gzip ? " (gzip)" : ""}`);
}
