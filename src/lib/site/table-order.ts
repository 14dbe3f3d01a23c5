/**
 * A chart table read on a phone shows its first column or two before any
 * scrolling, and keeps its first column in view while the rest scroll. So a
 * table of figures leads with the figure and its qualifier ("almost 12,000",
 * "almost") rather than with a grouping column; the other columns keep their
 * order. Tables without a qualifier column (events, arrivals) are left as they are.
 */
import type { ChartTable } from "../charts/core/definition.ts";

const QUALIFIER = "Qualifier";

/** The column order: numeric columns, then the qualifier, then the rest as they were. Null when nothing moves. */
export function figureFirstOrder(columns: ChartTable["columns"]): number[] | null {
  const qualifier = columns.findIndex((c) => c.label === QUALIFIER);
  if (qualifier < 0) return null;
  const indices = columns.map((_, i) => i);
  const figures = indices.filter((i) => columns[i]?.numeric);
  const order = [...figures, qualifier, ...indices.filter((i) => i !== qualifier && !figures.includes(i))];
  return order.every((n, i) => n === i) ? null : order;
}

/** The same table with the figure and its qualifier first, cells moved with their headings. */
export function figureFirst<T extends ChartTable>(table: T): T {
  const order = figureFirstOrder(table.columns);
  if (!order) return table;
  const pick = <V>(values: readonly V[]): V[] => order.map((i) => values[i]).filter((v): v is V => v !== undefined);
  return { ...table, columns: pick(table.columns), rows: table.rows.map((row) => ({ ...row, cells: pick(row.cells) })) };
}
