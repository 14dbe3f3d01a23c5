import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { embedLayoutCss } from "../../../src/lib/embed/layout-css.ts";
import { EMBED_LAYOUT } from "../../../src/lib/embed/layout.ts";

test("src/styles/embed-layout.css is what EMBED_LAYOUT generates (run `npm run embed:css`)", () => {
  expect(readFileSync(new URL("../../../src/styles/embed-layout.css", import.meta.url), "utf8")).toBe(embedLayoutCss());
});

test("the generated sizes are EMBED_LAYOUT's", () => {
  const css = embedLayoutCss();
  expect(css).toContain(`max-width: ${EMBED_LAYOUT.maxWidth}px;`);
  expect(css).toContain(`padding: ${EMBED_LAYOUT.padTop}px ${EMBED_LAYOUT.padX}px ${EMBED_LAYOUT.padBottom}px;`);
  expect(css).toContain(`font-size: ${EMBED_LAYOUT.titleSize}px;\n  line-height: ${EMBED_LAYOUT.titleLine}px;`);
  expect(css).toContain(`line-height: ${EMBED_LAYOUT.summaryLine}px;`);
});
