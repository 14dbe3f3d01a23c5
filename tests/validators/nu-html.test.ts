/** Every page of both builds passes the W3C Nu HTML Checker (vnu.jar): no errors and no warnings but the checker's own limits. */
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { BUILDS, FIXTURES, buildDir, shown } from "./built-sites.ts";
import { javaCommand, nuCheck, nuProblems, type NuMessage } from "./nu-checker.ts";

const java = javaCommand();
// Only a developer's machine may lack Java; CI installs default-jre-headless (.ci/run), so there the test must run.
const skip = !java && !process.env["CI"];
if (skip) console.warn("Nu HTML Checker tests skipped: no `java` here. Install a JRE (Debian: default-jre-headless) to run them.");

const BROKEN = join(FIXTURES, "stray-script.html");

describe.skipIf(skip)("W3C Nu HTML Checker", () => {
  let messages: NuMessage[] = [];
  beforeAll(() => {
    if (!java) throw new Error("java not found: the Nu HTML Checker needs a JRE (Debian: apt-get install default-jre-headless)");
    messages = nuCheck([...BUILDS.map(buildDir), BROKEN]);
  });

  for (const build of BUILDS) {
    test(`every HTML page in ${build}/ is valid`, () => {
      const prefix = `${build}/`;
      expect(nuProblems(messages, shown).filter((line) => line.startsWith(prefix))).toEqual([]);
    });
  }

  test("rejects a page with a script after </html> (tests/fixtures/validators/stray-script.html)", () => {
    const problems = nuProblems(messages, shown).filter((line) => line.startsWith("tests/fixtures/"));
    expect(problems).toContain("tests/fixtures/validators/stray-script.html:9: error: Stray start tag “script”.");
  });
});
