// Remove page furniture Readability lets through on Arabic news sites, before it scores the page.
import { normaliseString } from '../text/normalise.js';
import { DROP_TAGS, FURNITURE_HEADINGS, FURNITURE_TOKEN, FURNITURE_WORDS_AR, HEADING_TAGS } from './selectors.js';

const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog']);
const LIST_TAGS = new Set(['UL', 'OL']);
const INLINE_TAGS = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'SPAN', 'IMG', 'BR', 'SMALL', 'FONT', 'U', 'SVG', 'ABBR']);
/** Class names of the report's own container ("entry-content-read-more" is still the report). */
const CONTENT_NAME = /article|body|content|entry|main|story|text/i;

const DROP = new Set(DROP_TAGS.map((t) => t.toUpperCase()));
const HEADING_LIKE = new Set(HEADING_TAGS.map((t) => t.toUpperCase()));
/** Containers that are the report by declaration; <article> is not one: sites use it for teaser cards too. */
const REPORT = 'main, [itemprop="articleBody"]';

/** One walk over the body: furniture subtrees go, furniture headings take their link box with them. */
export function pruneFurniture(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll('script, style, noscript, template'))) el.remove();
  let bodyProse = -1;
  let bodyParagraphs = 0;
  const keep = (el: Element): boolean => {
    if (bodyProse < 0) {
      bodyProse = proseLength(body);
      bodyParagraphs = paragraphLength(body);
    }
    if (el.matches(REPORT) || el.querySelector(REPORT)) return true;
    if (bodyParagraphs > 0 && paragraphLength(el) > 0.6 * bodyParagraphs) return true;
    const prose = proseLength(el) / (bodyProse || 1);
    return prose > 0.5 || (prose > 0.2 && CONTENT_NAME.test(`${el.getAttribute('class')} ${el.getAttribute('id')}`));
  };
  const headings: Element[] = [];
  const visit = (parent: Element): void => {
    for (let child = parent.firstElementChild; child; ) {
      const next: Element | null = child.nextElementSibling;
      if ((DROP.has(child.tagName) || isFurniture(child)) && !keep(child)) child.remove();
      else {
        if (HEADING_LIKE.has(child.tagName) && onlyInline(child)) headings.push(child);
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

function isFurniture(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (FURNITURE_ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (el.matches('blockquote.twitter-tweet, blockquote.instagram-media')) return false; // embedded posts are often quotes
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
  if (tokens.some((t) => t && FURNITURE_TOKEN.test(t))) return true;
  const label = normaliseString(el.getAttribute('aria-label') ?? '');
  return label !== '' && (FURNITURE_TOKEN.test(label.replace(/\s+/g, '-')) || FURNITURE_WORDS_AR.some((w) => label.includes(w)));
}

/** A short element whose text is a furniture heading ("اقرأ أيضا", "شارك المقال"). */
function isFurnitureHeading(el: Element): boolean {
  const raw = el.textContent ?? '';
  if (raw.length > 200 || el.querySelector('p, h1, h2, article')) return false;
  const text = normaliseString(raw)
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ');
  return FURNITURE_HEADINGS.some((m) => {
    if (text === m) return true;
    if (!text.startsWith(m) || text.length > 160) return false;
    const next = text.charAt(m.length);
    return ':|-.»"'.includes(next) || (next === ' ' && m.includes(' '));
  });
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
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
  return linked / text > 0.5;
}

function paragraphLength(root: Element): number {
  let n = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) n += (p.textContent ?? '').length;
  return n;
}

/** Text outside links: what a report is made of, and what menus and link lists lack. */
function proseLength(el: Element): number {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
  return (el.textContent ?? '').length - linked;
}
