/**
 * The spreadsheet-safety policy in plain words, for the data pages and every
 * README. The function that applies it is data/spreadsheet-safe.ts (one for
 * every CSV the site serves); it is re-exported here for the catalogue.
 */
export {
  BYTE_ORDER_MARK,
  RISKY_FIRST_CHARACTERS,
  TEXT_PREFIX,
  isNumberField,
  needsPrefix,
  safeCells,
  safeText,
  spreadsheetSafeCsv,
  unsafeText,
} from "../data/spreadsheet-safe.ts";

/** The policy in plain words, shown on the data pages and in every README, so all say the same. */
export const SPREADSHEET_POLICY: readonly string[] = [
  "Each dataset comes as two CSV files. The canonical CSV holds every value exactly as curated: use it for analysis, for scripts and to check figures.",
  "The spreadsheet-safe CSV is for opening in Excel, LibreOffice or Google Sheets. A spreadsheet runs a cell as a formula when it starts with =, +, -, @, a tab or a line break, so in this copy every text cell that starts with one of those characters, or with an apostrophe, has an apostrophe (') added in front. Spreadsheets read a leading apostrophe as “this is text”; some show it.",
  "Number columns are never changed. Removing one leading apostrophe from each text cell that has one gives back the canonical values exactly.",
  "The spreadsheet-safe copy also starts with a UTF-8 byte order mark, so that Excel shows accents and symbols such as £ correctly.",
  "The CSV files on each chart page (the rows that chart draws) follow the same policy: they are spreadsheet-safe copies too. For analysis, use the dataset's canonical CSV.",
];
