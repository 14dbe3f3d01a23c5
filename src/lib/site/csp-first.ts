/**
 * A Content-Security-Policy given by a `<meta>` applies only to what the
 * parser meets after it, so nothing in `<head>` may come before it but the
 * charset declaration (which must stay within the first 1024 bytes). Astro
 * writes its CSP meta part-way down the head, after our icon and feed links;
 * this moves it to just after `<meta charset>`, byte for byte.
 */

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/gi;
const CHARSET_META = /^<head>(<meta charset="[^"]*">)?/i;

/** `html` with its one CSP `<meta>` moved to the top of `<head>`; throws if a page has none or several. */
export function cspMetaFirst(html: string, file: string): string {
  const metas = html.match(CSP_META) ?? [];
  if (metas.length !== 1) throw new Error(`${file}: expected one Content-Security-Policy <meta>, found ${metas.length}`);
  const meta = metas[0] as string;
  const headAt = html.search(/<head>/i);
  if (headAt < 0 || html.indexOf(meta) < headAt) throw new Error(`${file}: the Content-Security-Policy <meta> is not inside <head>`);
  const without = html.replace(meta, "");
  const head = CHARSET_META.exec(without.slice(headAt)) as RegExpExecArray;
  const at = headAt + head[0].length;
  return without.slice(0, at) + meta + without.slice(at);
}
