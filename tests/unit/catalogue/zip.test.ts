import { unzipSync } from "fflate";
import { afterEach, describe, expect, test } from "vitest";
import { deterministicZip, zipTime } from "../../../src/lib/catalogue/zip.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const files = new Map([
  ["folder/b.csv", utf8("id\nb\n")],
  ["folder/a.json", utf8("[]\n")],
  ["folder/README.md", utf8("# Read me\n")],
]);

/** The DOS date and time of the first local file header (offsets 10 and 12). */
function dosDateTime(zip: Uint8Array): { date: string; time: string } {
  const view = new DataView(zip.buffer, zip.byteOffset);
  const time = view.getUint16(10, true);
  const date = view.getUint16(12, true);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)}`,
    time: `${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`,
  };
}

const originalTz = process.env["TZ"];
afterEach(() => {
  process.env["TZ"] = originalTz;
});

describe("deterministicZip(files, date)", () => {
  test("holds exactly the files given, byte for byte", () => {
    const out = unzipSync(deterministicZip(files, "2026-11-21"));
    expect(Object.keys(out)).toEqual(["folder/README.md", "folder/a.json", "folder/b.csv"]);
    for (const [name, bytes] of files) expect(out[name]).toEqual(bytes);
  });

  test("is the same bytes whatever the insertion order, run or time zone", () => {
    const first = deterministicZip(files, "2026-11-21");
    const reversed = deterministicZip(new Map([...files].reverse()), "2026-11-21");
    expect(reversed).toEqual(first);
    for (const tz of ["Pacific/Kiritimati", "America/Los_Angeles", "Europe/London", "UTC"]) {
      process.env["TZ"] = tz;
      expect(deterministicZip(files, "2026-11-21"), tz).toEqual(first);
    }
  });

  test("dates every entry at noon on the release day, never the build time", () => {
    expect(dosDateTime(deterministicZip(files, "2026-11-21"))).toEqual({ date: "2026-11-21", time: "12:00:00" });
  });
});

describe("zipTime(date)", () => {
  test("refuses what is not YYYY-MM-DD", () => {
    expect(() => zipTime("21/11/2026")).toThrow(RangeError);
  });
});
