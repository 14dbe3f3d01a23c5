/**
 * Turns character offsets into the line and column a text editor shows.
 * Line breaks are LF, CRLF or a lone CR; columns count characters (code points), from 1.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type PositionOf = (offset: number) => Position;

export function positionIndex(text: string): PositionOf {
  const lineStarts = [0];
  if (!text.includes("\r")) {
    // The common case, LF only: the native search is much faster than a character loop on large files.
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) lineStarts.push(i + 1);
      else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = lineStarts[lo] ?? 0;
    // Count code points, not UTF-16 units, so an emoji before the cell counts once.
    const column = [...text.slice(start, offset)].length + 1;
    return { line: lo + 1, column };
  };
}
