/** "1 row", "3 rows", "1 person", "2 people": a count with its noun, the plural given when it is not the noun plus "s". */
export function countOf(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
