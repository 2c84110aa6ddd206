import type { Report } from '../types.js';
import { day, figureValue } from './format.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The report as Markdown, for pasting into notes and tickets. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  for (const s of report.stories) {
    out.push(`# ${s.title}`, '', s.summary, '');
    if (s.timeline.length) {
      out.push('## Timeline', '');
      for (const t of s.timeline)
        out.push(`- **${t.date}**${t.dateInferred ? ' (inferred)' : ''} ${cell(t.text)} — ${t.articleIds.join(', ')}`);
      out.push('');
    }
    if (s.figures.length) {
      out.push(
        '## Figures',
        '',
        '| kind | value | group | according to | date | article | span |',
        '|---|---|---|---|---|---|---|',
      );
      for (const f of s.figures) {
        out.push(
          `| ${f.kind} | ${figureValue(f)} | ${cell(f.group ?? '')} | ${cell(f.attributedTo ?? '')} | ${day(f.date)}${f.dateInferred ? '*' : ''} | ${f.articleId} | ${f.start}–${f.end} |`,
        );
      }
      out.push('');
    }
    if (s.conflicts.length) {
      out.push('## Where sources differ', '');
      for (const c of s.conflicts) out.push(`- **${c.classification}** (${c.groupKey}): ${cell(c.explanation)}`);
      out.push('');
    }
    if (s.contested.length) {
      out.push('## Contested claims', '');
      for (const c of s.contested)
        out.push(
          `- **${cell(c.claim.speaker ?? 'unknown')}**: “${cell(c.claim.text)}” — disputed: ${cell(c.dispute.sentence)} (${c.dispute.articleId} ${c.dispute.start}–${c.dispute.end})`,
        );
      out.push('');
    }
    if (s.quotes.length) {
      out.push('## Quotes', '');
      for (const q of s.quotes)
        out.push(
          `- **${cell(q.speaker ?? 'unknown')}** (${q.articleId} ${q.start}–${q.end}, ${q.statementId}): “${cell(q.text)}”`,
        );
      out.push('');
    }
    if (s.entities.length) {
      out.push('## Entities', '', '| name | type | Latin | aliases | mentions |', '|---|---|---|---|---|');
      for (const e of s.entities)
        out.push(`| ${cell(e.name)} | ${e.type} | ${e.latin ?? ''} | ${cell(e.aliases.join(' / '))} | ${e.mentions.length} |`);
      out.push('');
    }
    if (s.copies.length) {
      out.push('## Copies', '');
      for (const c of s.copies) out.push(`- ${c.articleId} is a ${c.kind} of ${c.copyOf} (similarity ${c.similarity})`);
      out.push('');
    }
    out.push('## Sources', '');
    for (const id of s.articleIds) {
      const a = report.articles.find((x) => x.id === id);
      if (a)
        out.push(
          `- ${a.id}: ${cell(a.title)} — ${day(a.published)}${a.publishedInferred ? ' (inferred)' : ''}${a.outlet ? `, ${a.outlet}` : ''}`,
        );
    }
    out.push('');
  }
  if (report.errors.length) {
    out.push('## Inputs that failed', '');
    for (const e of report.errors) out.push(`- ${e.source}: ${e.message}`);
  }
  return out.join('\n');
}
