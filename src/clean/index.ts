import type { Article } from '../types.js';
import { markAuthorBio } from './author-bio.js';
import { markBoilerplate } from './boilerplate.js';
import { countLines, type LineCounts, markRepeatedAcrossArticles, sourceGroup } from './cross-doc.js';
import { qualityFlags } from './flags.js';
import { readFooter, readHeader } from './header.js';
import { type BoilerplateLexicon, boilerplateLexicon } from './lexicon.js';
import { makePage, writeBack } from './page.js';
import { markRepeats } from './repeats.js';

/** Flag kinds this stage writes: replaced, not doubled, when an article is cleaned again. */
const OWN_FLAGS = new Set(['machine-translation', 'content-farm', 'truncated', 'duplicated-paragraphs', 'no-dateline']);

/** Clean one article; `counts` carries the cross-article evidence of its batch. */
export function cleanArticle(article: Article, lex: BoilerplateLexicon, counts?: LineCounts): void {
  const page = makePage(article, counts?.canon.get(article));
  const group = sourceGroup(article); // before the header names an outlet, as when the lines were counted
  markBoilerplate(page, lex);
  readHeader(page, lex);
  readFooter(page, lex);
  if (counts) markRepeatedAcrossArticles(page, group, counts);
  markAuthorBio(page);
  markRepeats(page);
  writeBack(page);
  const flags = article.flags.filter((f) => !OWN_FLAGS.has(f.kind));
  if (!article.published) flags.push({ kind: 'no-dateline', evidence: 'no date line at the top of the text' });
  article.flags = [...flags, ...qualityFlags(page, lex)];
}

/** Boilerplate, repeats and header lines leave each article's text; spans and reasons stay in `removed`. */
export function cleanArticles(articles: Article[]): void {
  const lex = boilerplateLexicon();
  const counts = countLines(articles);
  for (const article of articles) cleanArticle(article, lex, counts);
}
