/**
 * Plain share links for a page: addresses the reader's browser opens, no
 * third-party script and nothing loaded from another site until the reader
 * clicks. Each service's documented "share" or "compose" address.
 */
export interface ShareLink {
  readonly label: string;
  readonly href: string;
}

export function shareLinks(title: string, url: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { label: "Email", href: `mailto:?subject=${text}&body=${encodeURIComponent(`${title}\n${url}`)}` },
    { label: "Bluesky", href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}` },
    { label: "X", href: `https://x.com/intent/post?text=${text}&url=${u}` },
    { label: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
}
