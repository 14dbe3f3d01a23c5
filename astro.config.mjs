// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { postBuild } from "./src/integrations/postbuild.ts";
import { validateData } from "./src/integrations/validate-data.ts";

export default defineConfig({
  // The public address; canonical URLs and citations are built from it.
  site: "https://takedown-explorer.example",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [validateData(), mdx(), postBuild()],
  // Code blocks in explainers are plain <pre><code>: Shiki colours code with inline style attributes, which the
  // CSP below (no 'unsafe-inline' for styles) would block, leaving unreadable blocks. Without highlighting, no
  // page carries a style attribute (tests/e2e/html-validate.spec.ts checks every built page).
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page: Astro adds hashes of its own inline scripts and styles, so
  // neither needs 'unsafe-inline'. 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run (it is not
  // 'unsafe-eval'). frame-ancestors cannot be set by a <meta>: it is in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
        "frame-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
