// Remove page furniture Readability lets through on Arabic news sites, before it scores the page.
import { normaliseString } from '../text/normalise.js';
import {
  DROP_TAGS,
  FURNITURE_HEADINGS,
  FURNITURE_TOKEN,
  FURNITURE_TOKEN_IN_LIST,
  FURNITURE_WORDS_AR,
  HEADING_TAGS,
} from './selectors.js';
import { measureSubtrees } from './subtree-sizes.js';

const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog']);
const LIST_TAGS = new Set(['UL', 'OL']);
const INLINE_TAGS = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'SPAN', 'IMG', 'BR', 'SMALL', 'FONT', 'U', 'SVG', 'ABBR']);
/** Class names of the report's own container ("entry-content-read-more" is still the report). */
const CONTENT_NAME = /article|body|content|entry|main|story|text/i;
/** Embedded posts are often quotes. */
const EMBED_CLASSES = ['twitter-tweet', 'instagram-media'];
/** Block content that makes an element more than a heading. */
const NOT_HEADING_INSIDE = new Set(['P', 'H1', 'H2', 'ARTICLE']);

const DROP = new Set(DROP_TAGS.map((t) => t.toUpperCase()));
const HEADING_LIKE = new Set(HEADING_TAGS.map((t) => t.toUpperCase()));

/** One walk over the body: furniture subtrees go, furniture headings take their link box with them. */
export function pruneFurniture(document: Document): void {
  const body = document.body;
  if (!body) return;
  // Sizes are measured once, bottom-up: a candidate is decided before anything inside it is removed.
  const sizes = measureSubtrees(body);
  const whole = sizes.get(body);
  const bodyProse = whole ? whole.text - whole.linked : 0;
  const bodyParagraphs = whole?.paragraphs ?? 0;
  const keep = (el: Element): boolean => {
    const s = sizes.get(el);
    if (!s) return false;
    if (s.report) return true;
    if (bodyParagraphs > 0 && s.paragraphs > 0.6 * bodyParagraphs) return true;
    const prose = (s.text - s.linked) / (bodyProse || 1);
    return prose > 0.5 || (prose > 0.2 && CONTENT_NAME.test(`${classOf(el)} ${el.getAttribute('id')}`));
  };
  const headings: Element[] = [];
  const visit = (parent: Element): void => {
    for (let child = parent.firstElementChild; child; ) {
      const next: Element | null = child.nextElementSibling;
      const tag = child.tagName;
      if ((DROP.has(tag) || isFurniture(child, tag)) && !keep(child)) child.remove();
      else {
        if (HEADING_LIKE.has(tag) && onlyInline(child)) headings.push(child);
        visit(child);
      }
      child = next;
    }
  };
  visit(body);
  for (const el of headings) if (el.isConnected && isFurnitureHeading(el)) removeBox(el, body);
}

/** A heading-like element holds inline markup only: its text is short to read. */
function onlyInline(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INLINE_TAGS.has(c.tagName)) return false;
  return true;
}

/** The class attribute as written: getAttribute('class') would build a DOMTokenList for every element. */
const classOf = (el: Element): string => el.getAttributeNode('class')?.value ?? '';

function isFurniture(el: Element, tag: string): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (FURNITURE_ROLES.has(el.getAttribute('role') ?? '')) return true;
  const cls = classOf(el);
  if (tag === 'BLOCKQUOTE' && cls.split(/\s+/).some((c) => EMBED_CLASSES.includes(c))) return false;
  if (FURNITURE_TOKEN_IN_LIST.test(`${cls} ${el.getAttribute('id') ?? ''}`)) return true;
  const label = el.getAttribute('aria-label');
  if (!label) return false;
  const folded = normaliseString(label);
  return (
    folded !== '' && (FURNITURE_TOKEN.test(folded.replace(/\s+/g, '-')) || FURNITURE_WORDS_AR.some((w) => folded.includes(w)))
  );
}

/** A short element whose text is a furniture heading ("اقرأ أيضا", "شارك المقال"). */
function isFurnitureHeading(el: Element): boolean {
  const raw = el.textContent ?? '';
  if (raw.length > 200) return false;
  const text = normaliseString(raw)
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ');
  const heading = FURNITURE_HEADINGS.some((m) => {
    if (text === m) return true;
    if (!text.startsWith(m) || text.length > 160) return false;
    const next = text.charAt(m.length);
    return ':|-.»"'.includes(next) || (next === ' ' && m.includes(' '));
  });
  return heading && !hasDescendant(el, NOT_HEADING_INSIDE);
}

function hasDescendant(el: Element, tags: ReadonlySet<string>): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (tags.has(c.tagName) || hasDescendant(c, tags)) return true;
  return false;
}

/** Remove the heading and the small link box around or after it. */
function removeBox(el: Element, body: Element): void {
  let box = el;
  for (let up = box.parentElement; up && up !== body && isLinkBox(up); up = up.parentElement) box = up;
  if (box === el) {
    const next = el.nextElementSibling;
    if (next && (LIST_TAGS.has(next.tagName) || isLinkBox(next))) next.remove();
  }
  box.remove();
}

function isLinkBox(el: Element): boolean {
  const text = (el.textContent ?? '').trim().length;
  if (text === 0 || text > 600) return false;
  const linked = Array.from(el.getElementsByTagName('a')).reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
  return linked / text > 0.5;
}
