/**
 * Checksums as shown beside every download (sizes: format/bytes.ts). SHA-256 because it is
 * what `sha256sum`, `shasum -a 256`, PowerShell's Get-FileHash and the
 * Frictionless `hash` property all speak.
 */
import { createHash } from "node:crypto";

/** Lower-case hex SHA-256 of the bytes (or of the UTF-8 encoding of a string). */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
