// After Readability: drop blocks that are mostly links (section menus, "print | send" bars, related lists).

const CANDIDATES = 'p, li, ul, ol, dl, td, table, div, section';
/** Share of a block's text inside links above which it is navigation, not prose. */
const LINK_SHARE = 0.6;
const MAX_CHARS = 1000;

const textLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

export function dropLinkBlocks(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    if (!el.isConnected) continue;
    const total = textLength(el);
    if (total === 0 || total > MAX_CHARS) continue;
    let linked = 0;
    for (const a of Array.from(el.querySelectorAll('a'))) linked += textLength(a);
    if (linked / total > LINK_SHARE) el.remove();
  }
}
