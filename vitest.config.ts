import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/snapshots/**/*.test.ts", "tests/integration/**/*.test.ts"],
    // Dates and sorting must not depend on the machine running the tests.
    env: { TZ: "UTC" },
  },
});
