/**
 * The one text escaper for everything the site writes as markup by hand: SVG trees, the feed, the sitemap and
 * the embed snippet. It escapes all five XML specials, so its output is safe in text and in single- or
 * double-quoted attributes alike; `&#39;` (not `&apos;`) because HTML 4 and older mail readers lack `&apos;`.
 */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
