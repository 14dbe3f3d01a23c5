/**
 * Cell text written into Markdown (the dataset READMEs) so that it reads as the
 * same text in a text editor and renders as exactly that text on GitHub or any
 * CommonMark viewer: never as a link, an image, emphasis, code, HTML (an
 * unclosed `<!--` would hide the rest of the file) or a heading or list.
 *
 * Only the characters that can start Markdown or HTML are escaped with a
 * backslash (CommonMark lets any ASCII punctuation be escaped this way), so
 * ordinary prose stays readable: "Business & Human Rights" is left alone, while
 * `&amp;` (which would render as "&") becomes `\&amp;`.
 */

// Inline syntax anywhere in the text: code, emphasis, links and images, raw HTML and autolinks, table pipes,
// strikethrough, and the backslash itself.
const INLINE = /[\\`*_[\]<>|~]/g;
// An ampersand that would start a character reference (`&amp;`, `&#60;`, `&#x3C;`).
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
// Markers that make a block when they open a line (or the text of a list item): headings, list items,
// block quotes (`>` is already escaped), thematic breaks, setext underlines and ordered-list numbers.
const BLOCK_START = /^(\s*)([#+=-]|\d+(?=[.)]))/;

/** One line of cell text as Markdown text: line breaks become spaces, Markdown and HTML syntax is escaped. */
export function markdownText(text: string): string {
  const line = text.replace(/\r\n|\r|\n/g, " ");
  const escaped = line.replace(INLINE, (c) => `\\${c}`).replace(ENTITY, "\\&");
  return escaped.replace(BLOCK_START, (_all, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/** An absolute http(s) address as a CommonMark autolink (`<https://...>`), or as escaped text when it cannot be one. */
export function markdownUrl(url: string): string {
  return /^https?:\/\/[^\s<>\\`]+$/.test(url) ? `<${url}>` : markdownText(url);
}
