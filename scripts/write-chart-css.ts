// Writes src/styles/charts.css from the chart theme (src/lib/charts/core/theme.ts).
import { writeFileSync } from "node:fs";
import { pageChartCss } from "../src/lib/charts/core/theme.ts";

writeFileSync(new URL("../src/styles/charts.css", import.meta.url), pageChartCss());
console.log("wrote src/styles/charts.css");
