// An element's text as paragraphs: one block per paragraph, list item, heading or quote, blank lines between.

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A block whose text is mostly inside links is navigation ("print | send", section menus, related lists). */
const LINK_SHARE = 0.6;
/** A long block whose lead sentence is a link is still prose, unless it is nearly all links. */
const PROSE_CHARS = 200;
const isLinkBlock = (chars: number, linked: number): boolean =>
  linked > LINK_SHARE * chars && (chars < PROSE_CHARS || linked > 0.9 * chars);
/** A kept block this short right before a dropped link block is that list's label ("Sections", "أقسام الجريدة"). */
const LIST_LABEL_CHARS = 30;
const collapse = (s: string): string => s.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();

/** Paragraph texts of a subtree, whitespace collapsed, empty and link-only blocks dropped. */
export function blocksOf(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  let linked = '';
  let inLink = 0;
  let lastKeptShort = false; // the block just kept could be the label of a link list
  const flush = (): void => {
    const text = collapse(current);
    if (text && isLinkBlock(text.length, collapse(linked).length)) {
      if (lastKeptShort) blocks.pop();
      lastKeptShort = false;
    } else if (text) {
      blocks.push(text);
      lastKeptShort = text.length <= LIST_LABEL_CHARS;
    }
    current = '';
    linked = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      if (inLink) linked += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    else if (tag === 'IMG') current += ' ';
    if (tag === 'A') inLink++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (tag === 'A') inLink--;
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** Blocks joined by blank lines: the `original` of an HTML article. */
export const blocksText = (blocks: readonly string[]): string => blocks.join('\n\n');
