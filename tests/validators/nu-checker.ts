/**
 * The W3C Nu HTML Checker (vnu.jar from the `vnu-jar` package), run once with Java over many files.
 * One JVM call for every page: starting Java per page would cost seconds each.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export interface NuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: "warning" | "fatal" | "io" | "schema" | "internal";
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));

/** The java command when one runs here, else undefined. */
export function javaCommand(): string | undefined {
  const run = spawnSync("java", ["-version"], { encoding: "utf8" });
  return run.status === 0 ? "java" : undefined;
}

/** Every message the checker gives for these files and folders (folders: their .html files only). */
export function nuCheck(paths: readonly string[]): NuMessage[] {
  const run = spawnSync(javaCommand() ?? "java", ["-jar", VNU_JAR, "--format", "json", "--skip-non-html", "--no-langdetect", ...paths], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // Exit code 1 only means "found errors"; the report is JSON on stderr.
  const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return report.messages;
}

/**
 * Messages that are not problems in the pages but limits of the checker, each with why:
 * - Content Security Policy warnings: the checker applies the page's CSP <meta> to a file: document, which has
 *   no origin, so 'self' and our sha256 hashes match nothing and every stylesheet and script is "blocked". The
 *   browser tests (no console errors on any page) show that Chromium, served over http, blocks nothing.
 * - CSS container queries (`container-type`, `@container`, `cqw` units; CSS Containment Level 3, in every
 *   current browser since 2023): the checker's bundled CSS validator predates them and calls them unknown.
 * Everything else, errors and warnings alike, is a failure.
 */
export function isCheckerLimit(m: NuMessage): boolean {
  if (m.type === "info" && m.message.includes("violates Content Security Policy (meta tag)")) return true;
  if (m.message === "CSS: “container-type”: Property “container-type” doesn't exist.") return true;
  if (m.message === "CSS: Unrecognized at-rule “@container”") return true;
  return /^CSS: “[a-z-]+”: Unknown dimension\.$/.test(m.message) && /\d(cqw|cqh|cqi|cqb|cqmin|cqmax)\b/.test(m.extract ?? "");
}

/** `file:line: message` for every error and warning that is not a checker limit. */
export function nuProblems(messages: readonly NuMessage[], show: (file: string) => string): string[] {
  return messages
    .filter((m) => !isCheckerLimit(m) && (m.type !== "info" || m.subType === "warning"))
    .map((m) => {
      const where = m.url ? `${show(fileURLToPath(m.url))}:${m.lastLine ?? 0}` : "(no file)";
      const kind = m.type === "info" ? "warning" : m.subType === "fatal" ? "fatal error" : "error";
      return `${where}: ${kind}: ${m.message}`;
    });
}
