/**
 * Chart colours, one table for both themes. Page CSS (src/styles/charts.css,
 * written by `npm run charts:css` and checked by a test) and the style baked
 * into SVG/PNG downloads (light theme) are both generated from it, so the two
 * cannot drift. Every text colour meets 4.5:1 and every mark 3:1 (WCAG 2.2 AA)
 * against the page background of its theme.
 */

export interface Paint {
  readonly fill?: string;
  readonly stroke?: string;
}

interface ThemeRule {
  readonly light: Paint;
  readonly dark: Paint;
  /** Fixed properties that do not change with the theme. */
  readonly fixed?: Readonly<Record<string, string>>;
}

export const BACKGROUND = { light: "#ffffff", dark: "#111418" } as const;

/** Series colours: colour-blind-safe hues, dark variants lightened for contrast on the dark background. */
export const SERIES = {
  light: ["#1f5fa8", "#a34f00", "#2b7a43", "#8a3ea8", "#b02a37", "#4d5560"],
  dark: ["#7db3f0", "#f0a35e", "#74c98c", "#c896e0", "#f08c96", "#aab3be"],
} as const;

const TEXT = { light: "#1b1f24", dark: "#e6e9ee" };
const MUTED = { light: "#4d5560", dark: "#aab3be" };
const GRID = { light: "#d5d9df", dark: "#39404a" };
const AXIS = { light: "#767f8c", dark: "#7c8694" };
const ALERT = { light: "#b02a37", dark: "#f08c96" };

const rules: Record<string, ThemeRule> = {
  "chart-text": { light: { fill: TEXT.light }, dark: { fill: TEXT.dark } },
  "chart-muted": { light: { fill: MUTED.light }, dark: { fill: MUTED.dark } },
  "chart-grid": { light: { stroke: GRID.light }, dark: { stroke: GRID.dark }, fixed: { "stroke-width": "1" } },
  "chart-axis": { light: { stroke: AXIS.light }, dark: { stroke: AXIS.dark }, fixed: { "stroke-width": "1" } },
  "chart-event": { light: { stroke: MUTED.light }, dark: { stroke: MUTED.dark }, fixed: { "stroke-dasharray": "3 3", "stroke-width": "1" } },
  "chart-alert": { light: { fill: ALERT.light, stroke: ALERT.light }, dark: { fill: ALERT.dark, stroke: ALERT.dark } },
  "mark-open": { light: { fill: BACKGROUND.light }, dark: { fill: BACKGROUND.dark }, fixed: { "stroke-width": "2" } },
};
SERIES.light.forEach((colour, i) => {
  const dark = SERIES.dark[i] ?? colour;
  rules[`series-${i + 1}`] = { light: { fill: colour, stroke: colour }, dark: { fill: dark, stroke: dark } };
});

function declarations(paint: Paint, fixed: Readonly<Record<string, string>> = {}): string {
  return Object.entries({ ...paint, ...fixed })
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
}

// Order matters: series colours first, then overrides such as open marks' fill.
const ORDER = Object.keys(rules).sort((a, b) => Number(a === "mark-open") - Number(b === "mark-open"));

/** Rules scoped under `scope` for one theme, e.g. `.chart .series-1{fill:#1f5fa8;...}`. */
export function themeCss(theme: "light" | "dark", scope: string): string {
  // `.chart .x` (two classes) outranks `.chart text`, so classed text takes its class colour.
  const base = [`${scope}{font-family:"Source Sans 3","DejaVu Sans",system-ui,sans-serif}`, `${scope} text{fill:${TEXT[theme]}}`];
  // Text takes a class's fill but never its stroke (a stroked glyph smudges); (0,2,1) outranks any class rule.
  const last = [`${scope} text[class]{stroke:none}`];
  const classes = ORDER.map((name) => {
    const rule = rules[name];
    return rule ? `${scope} .${name}{${declarations(rule[theme], rule.fixed)}}` : "";
  });
  return [...base, ...classes, ...last].join("\n");
}

/** The page stylesheet for charts: light by default and on paper, dark on screens that prefer it. */
export function pageChartCss(): string {
  return [
    "/* Generated from src/lib/charts/core/theme.ts by `npm run charts:css`; do not edit by hand. */",
    themeCss("light", ".chart"),
    // Screens only, as in tokens.css: paper keeps the light colours without a second copy of them for print.
    "@media screen and (prefers-color-scheme: dark){",
    themeCss("dark", ".chart"),
    "}",
    "",
  ].join("\n");
}
