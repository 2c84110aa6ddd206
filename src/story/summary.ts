import type { Article, FigureGroup, Story } from '../types.js';

const fmt = (n: number): string => n.toLocaleString('en-US');

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  about: 'about ',
  'up-to': 'up to ',
  range: '',
};

function figureLine(g: FigureGroup): string | undefined {
  if (!g.latest) return undefined;
  const who = g.group ? ` ${g.group}` : '';
  const where = g.place ? ` in ${g.place}` : '';
  const when = g.latest.date ? ` (as of ${g.latest.date.slice(0, 10)})` : '';
  const spread = g.range[0] !== g.range[1] ? `; reports range ${fmt(g.range[0])}–${fmt(g.range[1])}` : '';
  return `${g.kind}${who}${where}: ${QUALIFIER_WORDS[g.latest.qualifier] ?? ''}${fmt(g.latest.value)}${when}${spread}`;
}

/** A few plain lines a reader can check against the facts below them. */
export function summarise(story: Story, articles: Article[]): string {
  const inferred = articles.filter((a) => a.publishedInferred).length;
  const copies = story.copies.length;
  const span = story.dateRange
    ? story.dateRange[0] === story.dateRange[1]
      ? story.dateRange[0]
      : `${story.dateRange[0]} to ${story.dateRange[1]}`
    : 'undated';
  const head = `${articles.length} reports (${articles.length - copies} independent${copies ? `, ${copies} copies` : ''}${inferred ? `, ${inferred} dated by inference` : ''}), ${span}.`;
  const figures = story.figureGroups
    .filter((g) => g.kind !== 'other')
    .sort((a, b) => b.figureIds.length - a.figureIds.length)
    .slice(0, 5)
    .map(figureLine)
    .filter((l): l is string => !!l);
  const people = story.entities
    .filter((e) => e.type === 'person')
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, 4)
    .map((e) => e.latin ?? e.name);
  const disputes = story.conflicts.filter((c) => c.classification === 'conflict').length;
  return [
    head,
    figures.length ? `Figures: ${figures.join('; ')}.` : '',
    people.length ? `Main people: ${people.join(', ')}.` : '',
    disputes ? `${disputes} figure disagreement${disputes > 1 ? 's' : ''} between sources.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
