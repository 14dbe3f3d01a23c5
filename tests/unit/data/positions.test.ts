import { describe, expect, test } from "vitest";
import { decodeUtf8 } from "../../../src/lib/data/decode.ts";
import { positionIndex } from "../../../src/lib/data/positions.ts";

describe("positionIndex(text)", () => {
  test("counts LF, CRLF and lone CR as one line break each", () => {
    const at = positionIndex("ab\ncd\r\nef\rgh");
    expect([0, 1, 3, 4, 7, 10, 11].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });

  test("counts an astral character as one column", () => {
    expect(positionIndex("🚤,x")(3)).toEqual({ line: 1, column: 3 });
  });
});

describe("decodeUtf8(bytes)", () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  test("drops a byte-order mark and keeps everything else", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...enc("a,€\n")]))).toEqual({ text: "a,€\n", invalid: [] });
  });

  test("reports each run of undecodable bytes where it starts", () => {
    const bytes = new Uint8Array([...enc("ok\nab"), 0xe9, 0xff, ...enc("c\r\n"), 0xc0, 0x80]);
    expect(decodeUtf8(bytes).invalid).toEqual([
      { line: 2, column: 3 },
      { line: 3, column: 1 },
    ]);
  });

  test("rejects encoded surrogates and overlong forms", () => {
    expect(decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80])).invalid).toHaveLength(1);
    expect(decodeUtf8(new Uint8Array([0xe0, 0x80, 0x80])).invalid).toHaveLength(1);
  });
});
