/**
 * Validates every dataset, and every explainer's references to it, before
 * Astro renders anything. On a problem the build stops with one
 * `file:line:column: problem` line per problem, and any previous `dist/` is
 * removed so that no finished-looking site is left behind.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { CHARTS } from "../lib/charts/registry.ts";
import { DataError } from "../lib/data/problems.ts";
import { SCHEMAS } from "../lib/data/schemas.ts";
import { dataDir, loadFromDisk } from "../lib/data/site-data.ts";
import { countOf } from "../lib/format/plural.ts";
import { checkExplainers, EXPLAINERS_DIR, knownIds } from "../lib/explainers/check.ts";
import { CHANGELOG_FILE, catalogueProblems } from "../lib/catalogue/site-catalogue.ts";

export function validateData(): AstroIntegration {
  return {
    name: "takedown-explorer:validate-data",
    hooks: {
      "astro:config:setup": ({ command, config, logger, addWatchFile }) => {
        for (const s of SCHEMAS) addWatchFile(join(dataDir(), `${s.name}.csv`));
        addWatchFile(join(dataDir(), CHANGELOG_FILE));
        try {
          const { counts, datasets } = loadFromDisk();
          const total = Object.values(counts).reduce((n, c) => n + c.validated, 0);
          logger.info(`${total} rows in ${Object.keys(counts).length} datasets are valid`);
          // Explainers name claims, sources, charts and cases by id: a wrong id stops the build the same way.
          const problems = checkExplainers(join(process.cwd(), EXPLAINERS_DIR), knownIds(datasets, CHARTS.map((c) => c.id)));
          if (problems.length > 0) throw new DataError(problems);
          // Versions: a dataset whose content changed without a new version and changelog entry stops the build here.
          const releaseProblems = catalogueProblems();
          if (releaseProblems.length > 0) throw new DataError(releaseProblems);
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
          if (command !== "build") throw error; // the dev server shows it and keeps watching the files
          rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
          // Plain lines on stderr so editors and CI logs can jump to each problem. Exiting here rather than
          // throwing: Astro would print the list again inside its own error report, with a stack trace that only
          // points at this file.
          console.error(error.message);
          console.error(`Build stopped: ${countOf(error.problems.length, "data problem")}, listed above.`);
          process.exit(1);
        }
      },
    },
  };
}
