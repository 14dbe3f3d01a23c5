/**
 * The order the rows table sorts in, kept apart from the browser script so it
 * can be tested: numbers by value, text in en-GB collation with digits read as
 * numbers ("case 2" before "case 10"), blank cells last in both directions.
 */
const collator = new Intl.Collator("en-GB", { numeric: true });

export function compareCells(a: string, b: string, numeric: boolean, ascending: boolean): number {
  if (a === "" || b === "") return (a === "" ? 1 : 0) - (b === "" ? 1 : 0);
  const x = Number(a);
  const y = Number(b);
  const order = numeric && !Number.isNaN(x) && !Number.isNaN(y) ? x - y : collator.compare(a, b);
  return ascending ? order : -order;
}
