import { defineConfig } from "vitest/config";

// The outside validators (Nu HTML Checker, Frictionless JSON Schemas and Table Schema checks, CFF schema) read the
// built sites, so `npm test` runs them after `npm run build` and `npm run build:hostile` (script test:validators).
export default defineConfig({
  test: {
    include: ["tests/validators/**/*.test.ts"],
    env: { TZ: "UTC" },
    // One JVM checks every page of both builds (about a minute on a busy 2-core machine).
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
