// Text, link and paragraph lengths of every element under a root, in one bottom-up walk.

export interface SubtreeSize {
  /** Characters of text in the subtree (what textContent would return). */
  text: number;
  /** Characters inside descendant <a> elements, each counted as its own textContent. */
  linked: number;
  /** Characters inside descendant <p> elements, each counted as its own textContent. */
  paragraphs: number;
  /** The element is, or holds, the report's declared container: <main> or itemprop="articleBody". */
  report: boolean;
}

/** Never text of the page: removed before anything is measured. */
const SCRIPT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Removes script-like elements under root, then measures every remaining element (root included). */
export function measureSubtrees(root: Element): Map<Element, SubtreeSize> {
  const sizes = new Map<Element, SubtreeSize>();
  const measure = (el: Element, tag: string): SubtreeSize => {
    const size: SubtreeSize = {
      text: 0,
      linked: 0,
      paragraphs: 0,
      report: tag === 'MAIN' || el.getAttribute('itemprop') === 'articleBody',
    };
    for (let node = el.firstChild; node; ) {
      const next: ChildNode | null = node.nextSibling;
      const type = node.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) size.text += (node as CharacterData).data.length;
      else if (type === ELEMENT_NODE) {
        const child = node as Element;
        const childTag = child.tagName;
        if (SCRIPT_TAGS.has(childTag)) child.remove();
        else {
          const inner = measure(child, childTag);
          size.text += inner.text;
          size.linked += childTag === 'A' ? inner.linked + inner.text : inner.linked;
          size.paragraphs += childTag === 'P' ? inner.paragraphs + inner.text : inner.paragraphs;
          if (inner.report) size.report = true;
        }
      }
      node = next;
    }
    sizes.set(el, size);
    return size;
  };
  measure(root, root.tagName);
  return sizes;
}
