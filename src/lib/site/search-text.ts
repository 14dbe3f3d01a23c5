/**
 * Text in and out of the Pagefind search index, so that a result shows exactly
 * the characters the page or cell holds.
 *
 * Pagefind reads a page's text with its character references decoded, and
 * writes excerpts as HTML with only `<` and `>` escaped (its titles are the
 * text unescaped). So a cell holding the literal text `&lt;script&gt;` and one
 * holding `<script>` give the same excerpt, and decoding it as HTML showed the
 * first as `<script>` (decoded twice). The index is therefore fed text in which
 * every `&` that could start a character reference is written `&amp;`; then
 * every `&` in an excerpt is unambiguous, and `excerptText` undoes exactly what
 * the two steps did, with no general HTML decoding.
 *
 * The same page preparation puts a space where one element ends and the next
 * begins, because Pagefind joins the text of elements it does not treat as
 * blocks ("Version</th><th>Released" became "VersionReleased"). Nowhere else:
 * "accounts<sup>[3]</sup>." keeps its full stop where it was.
 */

// An `&` followed by what could make it a character reference (named, decimal or hex).
const REFERENCE_START = /&(?=[0-9A-Za-z#])/g;

/** Text as given to the index: each `&` that could start a character reference becomes `&amp;`. */
export function indexText(text: string): string {
  return text.replace(REFERENCE_START, "&amp;");
}

/**
 * A built page's HTML as given to the index: the same `&` rule applied to its
 * text (an `&amp;` that the browser shows as `&` followed by a letter is written
 * `&amp;amp;`, which Pagefind decodes to `&amp;`), and a space between an end
 * tag and the next start tag. Only Pagefind sees this copy; the page on disk is
 * not changed.
 */
export function indexableHtml(html: string): string {
  return html.replace(/&amp;(?=[0-9A-Za-z#])/g, "&amp;amp;").replace(/(<\/[^>]*>)(?=<[^/])/g, "$1 ");
}

/** A title as Pagefind returns it (text, unescaped) back to the page's or cell's own text. */
export function titleText(title: string): string {
  return title.replace(/&amp;/g, "&");
}

/** One piece of an excerpt: plain text, or a highlighted match. */
export interface ExcerptPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * An excerpt as Pagefind returns it (`<mark>` around matches, `<` and `>` as
 * `&lt;` and `&gt;`, `&` as fed by `indexText`) as text parts. The only markup
 * an excerpt can hold is Pagefind's own `<mark>`; everything else is text.
 */
export function excerptText(excerpt: string): ExcerptPart[] {
  const decode = (s: string) => s.replace(/&(lt|gt|amp);/g, (_all, name: string) => (name === "lt" ? "<" : name === "gt" ? ">" : "&"));
  const parts: ExcerptPart[] = [];
  for (const [i, piece] of excerpt.split(/<mark>|<\/mark>/).entries()) {
    if (piece !== "") parts.push({ text: decode(piece), match: i % 2 === 1 });
  }
  return parts;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Shown where an excerpt leaves out text before or after it. */
export const ELLIPSIS = "…";

/**
 * The excerpt's parts with an ellipsis where Pagefind cut the record's or page's
 * text (`content`, as Pagefind returns it): before the excerpt when it starts
 * inside the text, after it when it stops short of the end, so a result never
 * reads as if a sentence began or ended where the excerpt does. When the excerpt
 * cannot be found in the content (which should not happen), no ellipsis is guessed.
 */
export function excerptInContext(excerpt: string, content: string): ExcerptPart[] {
  const parts = excerptText(excerpt);
  const shown = squash(parts.map((p) => p.text).join(""));
  const whole = squash(titleText(content));
  const at = shown === "" ? -1 : whole.indexOf(shown);
  if (at < 0) return parts;
  const before = at > 0 ? [{ text: `${ELLIPSIS} `, match: false }] : [];
  const after = at + shown.length < whole.length ? [{ text: ` ${ELLIPSIS}`, match: false }] : [];
  return [...before, ...parts, ...after];
}
