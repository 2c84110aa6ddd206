// What page furniture looks like in markup: data for prune.ts, kept apart from the algorithm.
// The Arabic text markers live here until src/lang/ar/boilerplate.ts (clean helper) exposes a list for them.

/** Elements that never hold the report's own text. */
export const DROP_TAGS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'dialog',
  'figcaption',
];

/** Words of page furniture inside a class, id or aria-label token. */
const FURNITURE_WORDS =
  'comments?|commentlist|respond|disqus|ta3li9(?:at)?|share|sharing|sharebar|social|socials|related|relatedposts|read-?more|readmore|more-?stories|recommended|newsletter|subscribe|subscription|signup|breadcrumbs?|tags?|tagcloud|taglist|keywords|adverts?|advertisement|ads?|adslot|dfp|sponsor(?:ed)?|promo|outbrain|taboola|cookies?|consent|gdpr|popup|modal|sidebar|menu|navbar|masthead|site-?header|site-?footer|footer|copyright|most-?read|trending|popular|author-?bio|captions?|credits?|gallery|slideshow|carousel|lightbox|byline|timestamp|meta';

/** A class, id or aria-label token of page furniture (tokens are split on spaces). */
export const FURNITURE_TOKEN: RegExp = new RegExp(`(?:^|[-_])(?:${FURNITURE_WORDS})(?:$|[-_\\d])`, 'i');

/** FURNITURE_TOKEN anywhere in a space-separated token list ("class id"), without splitting it. */
export const FURNITURE_TOKEN_IN_LIST: RegExp = new RegExp(`(?:^|[\\s_-])(?:${FURNITURE_WORDS})(?:$|[\\s_\\d-])`, 'i');

/** Words in an aria-label or id that mark furniture in Arabic markup. */
export const FURNITURE_WORDS_AR: readonly string[] = ['تعليق', 'تعليقات', 'مشاركه', 'اقرا ايضا', 'ذات صله'];

/** Canonical (normaliseString) openings of a furniture heading or box: the box goes with it. */
export const FURNITURE_HEADINGS: readonly string[] = [
  'اقرا ايضا',
  'اقرا المزيد',
  'اقرا كذلك',
  'شاهد ايضا',
  'مواضيع ذات صله',
  'اخبار ذات صله',
  'مقالات ذات صله',
  'الاكثر قراءه',
  'الاكثر مشاهده',
  'اترك تعليقا',
  'اضف تعليق',
  'التعليقات',
  'شارك',
  'شارك المقال',
  'شارك هذا المقال',
  'تابعونا',
  'اشترك في النشره',
  'النشره البريديه',
  'الوسوم',
  'كلمات مفتاحيه',
  'read more',
  'related',
  'related articles',
  'related stories',
  'more stories',
  'recommended',
  'leave a comment',
  'comments',
  'share this',
  'share this article',
  'tags',
  'sign up',
  'subscribe',
];

/** Element kinds that may carry a furniture heading. */
export const HEADING_TAGS: readonly string[] = ['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'span', 'div', 'p', 'header'];
