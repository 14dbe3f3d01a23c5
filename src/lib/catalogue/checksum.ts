/**
 * Checksums and sizes as shown beside every download. SHA-256 because it is
 * what `sha256sum`, `shasum -a 256`, PowerShell's Get-FileHash and the
 * Frictionless `hash` property all speak.
 */
import { createHash } from "node:crypto";

/** Lower-case hex SHA-256 of the bytes (or of the UTF-8 encoding of a string). */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

const UNITS = ["bytes", "kB", "MB", "GB"] as const;

/**
 * A size for reading, in SI units as file managers on most systems show them:
 * 835 -> "835 bytes", 7059 -> "7.1 kB", 1_250_000 -> "1.3 MB".
 */
export function formatBytes(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new RangeError(`${bytes} is not a byte count`);
  if (bytes === 1) return "1 byte";
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  if (unit === 0) return `${bytes} bytes`;
  // One decimal, but never "1000.0 kB": rounding up moves to the next unit.
  const rounded = Math.round(value * 10) / 10;
  if (rounded >= 1000 && unit < UNITS.length - 1) return `1.0 ${UNITS[unit + 1]}`;
  return `${rounded.toFixed(1)} ${UNITS[unit]}`;
}
