/** The journalists' file: every takedown figure with its source joined in, exactly as released. */
import { describe, expect, test } from "vitest";
import { derivedFiles, takedownsWithSources } from "../../../src/lib/catalogue/derived.ts";
import { readArchive } from "../../../src/lib/catalogue/release-diff.ts";
import { archivePath } from "../../../src/lib/catalogue/releases.ts";
import { loadChangelog } from "../../../src/lib/catalogue/site-catalogue.ts";
import { dataFileReader } from "../../../src/lib/data/site-data.ts";
import { historyOf } from "../../../src/lib/catalogue/changelog.ts";

const takedowns = "id,value,source_id,note\na,1218,s1,\nb,-5,s2,=HYPERLINK()\n";
const sources = 'id,publisher,title,url,published,kind,reproduces,note\ns1,NCA,"Release, one",https://a.example/,2024-07-25,press-release,,\ns2,Copy,Copy of it,https://b.example/,2024-07-26,repost,s1,\n';

describe("takedownsWithSources", () => {
  const text = takedownsWithSources(takedowns, sources);
  const table = readArchive(text);

  test("keeps every released column and row, then adds the source's publisher, title, address, date and whose release it copies", () => {
    expect(table.columns).toEqual([
      "id",
      "value",
      "source_id",
      "note",
      "source_publisher",
      "source_title",
      "source_url",
      "source_published",
      "source_reproduces",
    ]);
    expect(table.rows[0]).toEqual({
      id: "a",
      value: "1218",
      source_id: "s1",
      note: "",
      source_publisher: "NCA",
      source_title: "Release, one",
      source_url: "https://a.example/",
      source_published: "2024-07-25",
      source_reproduces: "",
    });
    expect(table.rows[1]?.["source_reproduces"]).toBe("s1");
  });

  test("is spreadsheet-safe: a byte order mark, text that could run as a formula prefixed, numbers untouched", () => {
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(table.rows[1]?.["note"]).toBe("'=HYPERLINK()");
    expect(table.rows[1]?.["value"]).toBe("-5");
  });

  test("a row citing a source that was not released stops the build", () => {
    expect(() => takedownsWithSources("id,value,source_id\nx,1,missing\n", sources)).toThrow(/missing/);
  });
});

describe("derivedFiles on the real released data", () => {
  const read = dataFileReader();
  const changelog = loadChangelog();
  const released = (name: string) => {
    const version = historyOf(changelog, name).at(-1)?.version ?? "";
    const bytes = read(archivePath(name, version));
    return bytes === null ? null : new TextDecoder().decode(bytes);
  };

  test("only takedowns has one, labelled as derived, with a source for every figure", () => {
    expect(derivedFiles("prices", released)).toEqual([]);
    const [file, ...more] = derivedFiles("takedowns", released);
    expect(more).toEqual([]);
    expect(file?.path).toBe("takedowns/takedowns-with-sources.csv");
    expect(file?.title).toMatch(/derived/i);
    const rows = readArchive(file?.text ?? "").rows;
    const curated = readArchive(released("takedowns") ?? "").rows;
    expect(rows.map((r) => r["id"])).toEqual(curated.map((r) => r["id"]));
    for (const row of rows) {
      expect(row["source_url"], row["id"]).toMatch(/^https?:\/\//);
      expect(row["source_publisher"], row["id"]).not.toBe("");
    }
  });
});
