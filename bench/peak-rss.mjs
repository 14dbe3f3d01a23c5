// Loaded with `node --import ./bench/peak-rss.mjs ...`: writes the process's peak resident memory (bytes) to
// $PEAK_RSS_FILE when it exits, so a benchmark can measure a child process without external tools.
import { writeFileSync } from "node:fs";

const file = process.env.PEAK_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
