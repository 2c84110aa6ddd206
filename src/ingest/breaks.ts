// Old layouts separate paragraphs with <br><br>: make those real paragraphs before Readability,
// whose own pass drops the first break run when it follows inline markup.

import { elementsByTags } from './tags.js';

const BLOCK =
  /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DIV|DL|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|UL)$/;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const isBr = (n: Node | null): boolean => n?.nodeType === ELEMENT_NODE && (n as Element).tagName === 'BR';
const isBlank = (n: Node | null): boolean => n?.nodeType === TEXT_NODE && !(n.nodeValue ?? '').trim();

/** The next non-blank sibling is a <br>: this one starts or continues a run. */
function nextBr(n: Node): Node | null {
  let s = n.nextSibling;
  while (isBlank(s)) s = s?.nextSibling ?? null;
  return isBr(s) ? s : null;
}

export function paragraphsFromBreaks(document: Document): void {
  const parents = new Set<Node>();
  for (const br of elementsByTags(document, ['br']).get('br') ?? []) if (br.parentNode && nextBr(br)) parents.add(br.parentNode);
  for (const parent of parents) splitAtBreakRuns(document, parent);
}

function splitAtBreakRuns(document: Document, parent: Node): void {
  let group: Node[] = [];
  const close = (before: Node | null): void => {
    const phrasing = group.every((n) => n.nodeType !== ELEMENT_NODE || !BLOCK.test((n as Element).tagName));
    if (phrasing && group.some((n) => (n.textContent ?? '').trim())) {
      const p = document.createElement('p');
      parent.insertBefore(p, before);
      for (const n of group) p.appendChild(n);
    }
    group = [];
  };
  let node: Node | null = parent.firstChild;
  while (node) {
    const next: Node | null = node.nextSibling;
    if (isBr(node) && nextBr(node)) {
      let end: Node | null = node;
      while (end && (isBr(end) || isBlank(end))) {
        const after: Node | null = end.nextSibling;
        parent.removeChild(end);
        end = after;
      }
      close(end);
      node = end;
      continue;
    }
    group.push(node);
    node = next;
  }
  close(null);
}
