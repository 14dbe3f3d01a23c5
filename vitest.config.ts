import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/snapshots/**/*.test.ts", "tests/integration/**/*.test.ts"],
    // Dates and sorting must not depend on the machine running the tests.
    env: { TZ: "UTC" },
    // Property tests run from a fixed seed (tests/setup/fast-check.ts).
    setupFiles: ["tests/setup/fast-check.ts"],
  },
});
