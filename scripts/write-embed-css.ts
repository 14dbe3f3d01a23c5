// Writes src/styles/embed-layout.css from the embed's sizes (src/lib/embed/layout.ts).
import { writeFileSync } from "node:fs";
import { embedLayoutCss } from "../src/lib/embed/layout-css.ts";

writeFileSync(new URL("../src/styles/embed-layout.css", import.meta.url), embedLayoutCss());
console.log("wrote src/styles/embed-layout.css");
