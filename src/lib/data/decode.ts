/**
 * Bytes to text. Datasets must be UTF-8; an optional byte-order mark is dropped.
 * Undecodable bytes are reported at their line and column instead of being
 * replaced silently, so no character is ever lost.
 */
import type { Position } from "./positions.ts";

export interface Decoded {
  readonly text: string;
  /** Where each run of undecodable bytes starts. */
  readonly invalid: readonly Position[];
}

const BOM = [0xef, 0xbb, 0xbf];

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if the bytes there are not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no UTF-16 surrogates
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * Names the encoding when the bytes are plainly UTF-16 (or UTF-32), with or without a byte order mark, so the
 * reader is told to re-save the file rather than shown column names full of NUL characters. UTF-16 text in a
 * Latin script has a zero byte in every other position; valid UTF-8 text has none at all.
 */
export function wrongEncoding(bytes: Uint8Array): string | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return "UTF-32 (little-endian, with a byte order mark)";
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return "UTF-32 (big-endian, with a byte order mark)";
  if (b0 === 0xff && b1 === 0xfe) return "UTF-16 (little-endian, with a byte order mark)";
  if (b0 === 0xfe && b1 === 0xff) return "UTF-16 (big-endian, with a byte order mark)";
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  // Most characters of a CSV header are ASCII: more than half of the pairs with a zero on one side only.
  if (oddZeros > pairs / 2 && evenZeros === 0) return "UTF-16 (little-endian, without a byte order mark)";
  if (evenZeros > pairs / 2 && oddZeros === 0) return "UTF-16 (big-endian, without a byte order mark)";
  return null;
}

export function decodeUtf8(bytes: Uint8Array): Decoded {
  const start = BOM.every((b, k) => bytes[k] === b) ? 3 : 0;
  // Fast path: the platform's strict decoder accepts the file, so there is nothing to locate.
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)), invalid: [] };
  } catch {
    // Fall through to find where each run of invalid bytes is.
  }
  const invalid: Position[] = [];
  let line = 1;
  let column = 1;
  let inBadRun = false;
  for (let i = start; i < bytes.length; ) {
    const len = sequenceLength(bytes, i);
    if (len === 0) {
      if (!inBadRun) invalid.push({ line, column });
      inBadRun = true;
      column += 1;
      i += 1;
      continue;
    }
    inBadRun = false;
    const b = bytes[i];
    if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
    i += len;
  }
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes.subarray(start));
  return { text, invalid };
}

/**
 * The first line end, outside quoted cells, of a different kind from the first line's (CRLF then LF alone, or the
 * reverse), or null when the file is consistent. One linear pass; quotes toggle the state (a doubled `""` toggles twice).
 */
export function mixedLineEnds(text: string): { offset: number; message: string } | null {
  const firstLf = text.indexOf("\n");
  if (firstLf === -1) return null;
  const crlf = text[firstLf - 1] === "\r";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (ch === 10 && !quoted && (text.charCodeAt(i - 1) === 13) !== crlf) {
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      const [first, here] = crlf ? ["CRLF (Windows)", "LF alone"] : ["LF alone", "CRLF (Windows)"];
      return { offset: lineStart, message: `line ends are mixed: the first line ends with ${first} but this line ends with ${here}; save the file with one kind of line end` };
    }
  }
  return null;
}
