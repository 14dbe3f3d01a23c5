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
});
