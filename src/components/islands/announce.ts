/**
 * One polite live region that the page's scripts speak through ("Citation
 * copied", "Sorted by value, ascending"). Created when a script loads, outside
 * <main>, so it is already in the page when the first message comes (screen
 * readers ignore regions added at the moment they change) and the page's
 * content is the same with and without JavaScript. Styled through the CSSOM,
 * which a Content-Security-Policy without 'unsafe-inline' allows.
 */
const region = document.createElement("div");
region.setAttribute("role", "status");
Object.assign(region.style, {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
});
document.body.append(region);

let timer = 0;

export function announce(message: string): void {
  // Clear first, so the same message twice is still announced.
  region.textContent = "";
  window.clearTimeout(timer);
  timer = window.setTimeout(() => (region.textContent = message), 100);
}
