// Writes data/datapackage.json from the schemas in src/lib/data/schemas.ts.
import { writeFileSync } from "node:fs";
import { dataPackageText } from "../src/lib/data/datapackage.ts";

writeFileSync(new URL("../data/datapackage.json", import.meta.url), dataPackageText());
console.log("wrote data/datapackage.json");
