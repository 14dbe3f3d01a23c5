/** Runs a command in a child process and reports its wall time and peak memory (via peak-rss.mjs). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Measured {
  readonly seconds: number;
  readonly peakBytes: number;
  readonly stdout: string;
}

const PEAK_RSS = join(import.meta.dirname, "peak-rss.mjs");

/** `node --import peak-rss.mjs <args>`, timed; throws with its output if it fails. */
export function measureNode(args: readonly string[], env: Record<string, string> = {}): Measured {
  const file = join(mkdtempSync(join(tmpdir(), "bench-")), "rss");
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", PEAK_RSS, ...args], {
    env: { ...process.env, ...env, PEAK_RSS_FILE: file, ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
  return { seconds, peakBytes: Number(readFileSync(file, "utf8")), stdout: run.stdout };
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
