/**
 * The one text escaper for everything the site writes as markup by hand: SVG trees, the feed, the sitemap and
 * the embed snippet. It escapes all five XML specials, so its output is safe in text and in single- or
 * double-quoted attributes alike; `&#39;` (not `&apos;`) because HTML 4 and older mail readers lack `&apos;`.
 */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

// Characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE/U+FFFF, unpaired surrogates). The data
// validator refuses them in datasets; this keeps any other text from making an SVG, feed or sitemap that no
// parser or rasteriser will read: such a character is written as U+FFFD, the replacement character, instead.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c).replace(NOT_XML, "\uFFFD");
}
