import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FILTER_KEYS,
  NO_FILTER,
  countText,
  isFiltered,
  matchesFilter,
  parseFilterState,
  serializeFilterState,
  type AllowedValues,
  type FilterState,
} from "../../../src/lib/cases/filter-state.ts";

const allowed: AllowedValues = {
  platform: ["Facebook", "YouTube", "social-media"],
  status: ["charged", "sentenced", "awaiting-sentence"],
  year: ["2019", "2024", "2025"],
};

describe("parseFilterState(search, allowed)", () => {
  it("reads each filter from the query string", () => {
    expect(parseFilterState("?platform=Facebook&status=charged&year=2024", allowed)).toEqual({ platform: "Facebook", status: "charged", year: "2024" });
  });

  it("reads a query with or without its question mark, and in any order", () => {
    expect(parseFilterState("year=2019&platform=YouTube", allowed)).toEqual({ platform: "YouTube", status: null, year: "2019" });
  });

  it("gives no filter for an empty query", () => {
    expect(parseFilterState("", allowed)).toEqual(NO_FILTER);
    expect(parseFilterState("?", allowed)).toEqual(NO_FILTER);
  });

  it.each([
    ["?platform=facebook", "case matters"],
    ["?platform=Myspace", "a platform no case has"],
    ["?status=convicted", "a status that does not exist"],
    ["?year=2023", "a year no case has"],
    ["?year=24", "a short year"],
    ["?platform=", "an empty value (the no-JavaScript form sends these)"],
    ["?platform=%3Cscript%3E", "markup"],
    ["?Platform=Facebook", "a key in the wrong case"],
    ["?utm_source=x", "other parameters"],
  ])("ignores %s (%s)", (search) => {
    expect(parseFilterState(search, allowed)).toEqual(NO_FILTER);
  });

  it("takes the first allowed value when a key repeats", () => {
    expect(parseFilterState("?platform=Nope&platform=YouTube&platform=Facebook", allowed).platform).toBe("YouTube");
  });

  it("decodes percent-encoding", () => {
    expect(parseFilterState("?platform=social%2Dmedia", allowed).platform).toBe("social-media");
  });
});

describe("serializeFilterState(state, base)", () => {
  it("writes the filters in a fixed order", () => {
    expect(serializeFilterState({ year: "2024", status: "charged", platform: "Facebook" })).toBe("?platform=Facebook&status=charged&year=2024");
  });

  it("writes nothing when nothing is filtered", () => {
    expect(serializeFilterState(NO_FILTER)).toBe("");
    expect(serializeFilterState(NO_FILTER, "?platform=Facebook&year=2024")).toBe("");
  });

  it("keeps other parameters and replaces the old filters", () => {
    expect(serializeFilterState({ ...NO_FILTER, year: "2025" }, "?ref=newsletter&year=2019&platform=x")).toBe("?ref=newsletter&year=2025");
  });

  it("encodes what needs encoding", () => {
    expect(serializeFilterState({ ...NO_FILTER, platform: "a&b=c d" })).toBe("?platform=a%26b%3Dc+d");
  });
});

const stateArb = (values: AllowedValues): fc.Arbitrary<FilterState> =>
  fc.record({
    platform: fc.option(fc.constantFrom(...values.platform), { nil: null }),
    status: fc.option(fc.constantFrom(...values.status), { nil: null }),
    year: fc.option(fc.constantFrom(...values.year), { nil: null }),
  });

// Any text as allowed values, so the round trip also covers characters that need encoding.
const anyAllowedArb: fc.Arbitrary<AllowedValues> = fc.record({
  platform: fc.uniqueArray(fc.string({ minLength: 1, unit: "grapheme" }), { minLength: 1, maxLength: 5 }),
  status: fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }),
  year: fc.uniqueArray(fc.integer({ min: 1900, max: 2100 }).map(String), { minLength: 1, maxLength: 5 }),
});

const baseArb = fc.array(fc.tuple(fc.constantFrom("ref", "q", "platform", "year", "x y"), fc.string()), { maxLength: 4 }).map((pairs) => `?${new URLSearchParams(pairs)}`);

describe("URL round trip (properties)", () => {
  it("parse(serialize(state)) is the state, for any allowed values and any other parameters", () => {
    fc.assert(
      fc.property(
        anyAllowedArb.chain((values) => fc.tuple(fc.constant(values), stateArb(values))),
        baseArb,
        ([values, state], base) => {
          expect(parseFilterState(serializeFilterState(state, base), values)).toEqual(state);
        },
      ),
    );
  });

  it("serialize(parse(query)) is canonical: parsing it again changes nothing", () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const once = serializeFilterState(parseFilterState(query, allowed));
        expect(serializeFilterState(parseFilterState(once, allowed))).toBe(once);
        expect(parseFilterState(once, allowed)).toEqual(parseFilterState(query, allowed));
      }),
    );
  });

  it("parsing never yields a value that is not allowed", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...FILTER_KEYS), fc.string()), { maxLength: 6 }), (pairs) => {
        const state = parseFilterState(new URLSearchParams(pairs).toString(), allowed);
        for (const key of FILTER_KEYS) expect(state[key] === null || allowed[key].includes(state[key])).toBe(true);
      }),
    );
  });
});

describe("isFiltered(state)", () => {
  it("is false only when every filter is 'all'", () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, year: "2024" })).toBe(true);
  });
});

describe("matchesFilter(facets, state)", () => {
  const facets = { platforms: ["WhatsApp", "social-media"], status: "awaiting-sentence", years: ["2023", "2024", "2025"] };

  it.each([
    [NO_FILTER, true],
    [{ ...NO_FILTER, platform: "WhatsApp" }, true],
    [{ ...NO_FILTER, platform: "Facebook" }, false],
    [{ ...NO_FILTER, status: "awaiting-sentence" }, true],
    [{ ...NO_FILTER, status: "sentenced" }, false],
    [{ ...NO_FILTER, year: "2024" }, true],
    [{ ...NO_FILTER, year: "2022" }, false],
    [{ platform: "social-media", status: "awaiting-sentence", year: "2025" }, true],
    [{ platform: "social-media", status: "awaiting-sentence", year: "2019" }, false],
  ] as const)("%j -> %s", (state, expected) => {
    expect(matchesFilter(facets, state)).toBe(expected);
  });

  it("with no filter, matches every case (property)", () => {
    fc.assert(
      fc.property(fc.record({ platforms: fc.array(fc.string()), status: fc.string(), years: fc.array(fc.string()) }), (f) => {
        expect(matchesFilter(f, NO_FILTER)).toBe(true);
      }),
    );
  });
});

describe("countText(shown, total)", () => {
  it.each([
    [3, 4, "3 of 4 cases shown"],
    [0, 4, "0 of 4 cases shown"],
    [1, 1, "1 of 1 case shown"],
    [4, 4, "4 of 4 cases shown"],
  ] as const)("(%i, %i) -> %s", (shown, total, expected) => {
    expect(countText(shown, total)).toBe(expected);
  });
});
