// Elements by tag name in one walk: linkedom compiles a CSS selector per querySelector call,
// and its getElementsByTagName upper-cases every element's name it passes.

const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;

/** The elements named in `names` (lower case) under root, in document order; <template> contents are skipped as querySelectorAll does. */
export function elementsByTags(root: Document | Element, names: readonly string[]): Map<string, Element[]> {
  const found = new Map<string, Element[]>(names.map((n) => [n, []]));
  const visit = (el: Element): void => {
    const name = el.localName.toLowerCase(); // parsed names are lower case already: no copy
    found.get(name)?.push(el);
    if (name !== 'template') walk(el);
  };
  const walk = (parent: Element): void => {
    // firstChild/nextSibling: linkedom's element-sibling getters cost twice as much
    for (let node = parent.firstChild; node; node = node.nextSibling) if (node.nodeType === ELEMENT_NODE) visit(node as Element);
  };
  // A linkedom document's firstChild is its doctype, which has no siblings: start from the root element.
  if (root.nodeType === DOCUMENT_NODE) {
    const html = (root as Document).documentElement;
    if (html) visit(html);
  } else walk(root as Element);
  return found;
}

/** Some ancestor of el has this tagName (upper case). */
export function hasAncestor(el: Element, tagName: string): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (up.tagName === tagName) return true;
  return false;
}
