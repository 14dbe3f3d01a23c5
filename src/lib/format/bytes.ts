/** Byte sizes shown to readers. */
import { countOf } from "./plural.ts";

const UNITS = ["bytes", "kB", "MB", "GB"] as const;

/**
 * A size for reading, the one convention on every page (data and chart downloads alike):
 * SI units (1 kB = 1,000 bytes), as file managers on most systems show them:
 * 835 -> "835 bytes", 7059 -> "7.1 kB", 1_250_000 -> "1.3 MB".
 */
export function formatBytes(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new RangeError(`${bytes} is not a byte count`);
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  if (unit === 0) return countOf(bytes, "byte");
  // One decimal, but never "1000.0 kB": rounding up moves to the next unit.
  const rounded = Math.round(value * 10) / 10;
  if (rounded >= 1000 && unit < UNITS.length - 1) return `1.0 ${UNITS[unit + 1]}`;
  return `${rounded.toFixed(1)} ${UNITS[unit]}`;
}
