import { describe, expect, test } from "vitest";
import { formatBytes, sha256Hex } from "../../../src/lib/catalogue/checksum.ts";

describe("sha256Hex(data)", () => {
  test("matches the FIPS 180-2 test vectors, for text and bytes alike", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});

describe("formatBytes(bytes)", () => {
  test.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [835, "835 bytes"],
    [999, "999 bytes"],
    [1000, "1.0 kB"],
    [7059, "7.1 kB"],
    [999_949, "999.9 kB"],
    [999_950, "1.0 MB"],
    [1_250_000, "1.3 MB"],
  ])("%i -> %s", (bytes, shown) => {
    expect(formatBytes(bytes)).toBe(shown);
  });

  test("refuses what is not a byte count", () => {
    expect(() => formatBytes(-1)).toThrow(RangeError);
    expect(() => formatBytes(1.5)).toThrow(RangeError);
  });
});
