import { describe, expect, it } from "vitest";
import { CASE_STATUSES, PLATFORMS } from "../../../src/lib/data/schemas.ts";
import { platformLabel, statusLabel } from "../../../src/lib/cases/labels.ts";

describe("statusLabel(status)", () => {
  it("has plain words for every status in the schema", () => {
    for (const status of CASE_STATUSES) expect(statusLabel(status)).toMatch(/^[A-Z][a-z ,]+$/);
  });

  it("says a case awaiting sentence is convicted", () => {
    expect(statusLabel("awaiting-sentence")).toBe("Convicted, awaiting sentence");
  });
});

describe("platformLabel(platform)", () => {
  it("keeps named platforms' names and says when none was named", () => {
    expect(platformLabel("Facebook")).toBe("Facebook");
    expect(platformLabel("social-media")).toBe("Social media (not named)");
    expect(platformLabel("messaging-apps")).toBe("Messaging apps (not named)");
  });

  it("has a label for every platform in the schema", () => {
    for (const platform of PLATFORMS) expect(platformLabel(platform)).not.toBe("");
  });
});
