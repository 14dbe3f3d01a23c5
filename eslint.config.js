// Lint: JavaScript and TypeScript recommended rules, plus Astro's.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";
import { layerRules } from "./eslint.layers.js";

export default defineConfig(
  { ignores: ["dist/", "dist-hostile/", ".hostile-data/", ".astro/", "node_modules/", "playwright-report/", "test-results/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Data must never reach the DOM as markup.
      "no-restricted-properties": ["error", { property: "innerHTML", message: "Render text with textContent; data is never HTML." }],
    },
  },
  // src/lib's import order: a module never imports from a folder above it.
  ...layerRules(),
);
