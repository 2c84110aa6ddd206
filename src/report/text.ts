import pc from 'picocolors';
import type { Report } from '../types.js';
import { day, figureValue } from './format.js';

/** The readable terminal summary of `marsad analyze`. */
export function renderText(report: Report): string {
  const out: string[] = [];
  out.push(
    pc.bold(
      `${report.articles.length} articles, ${report.stories.length} stories${report.errors.length ? `, ${report.errors.length} inputs failed` : ''}`,
    ),
  );
  for (const s of report.stories) {
    out.push(
      '',
      pc.bold(pc.cyan(`▍ ${s.title}`)),
      `  ${s.id} · ${s.articleIds.length} reports · ${s.dateRange ? `${s.dateRange[0]} → ${s.dateRange[1]}` : 'undated'}`,
    );
    out.push(`  ${s.summary}`);
    if (s.figureGroups.length) {
      out.push(pc.bold('  Figures'));
      for (const g of s.figureGroups.slice(0, 12)) {
        const vals = g.figureIds
          .map((id) => s.figures.find((f) => f.id === id))
          .filter((f) => f !== undefined)
          .map((f) => `${figureValue(f)} (${day(f.date)}, ${f.articleId})`);
        out.push(`    ${g.kind}${g.group ? ` · ${g.group}` : ''}${g.place ? ` · ${g.place}` : ''}: ${vals.join('; ')}`);
      }
    }
    for (const c of s.conflicts.filter((c) => c.classification !== 'consistent')) {
      out.push(`    ${pc.yellow(c.classification)}: ${c.explanation}`);
    }
    for (const c of s.contested)
      out.push(
        `    ${pc.yellow('contested')}: ${c.claim.speaker ?? '?'} «${c.claim.text.slice(0, 60)}» — ${c.dispute.sentence.slice(0, 80)}`,
      );
    if (s.timeline.length) {
      out.push(pc.bold('  Timeline'));
      for (const t of s.timeline.slice(0, 15)) out.push(`    ${t.date}${t.dateInferred ? '*' : ' '} ${t.text.slice(0, 110)}`);
    }
    const people = s.entities.filter((e) => e.mentions.length > 1).slice(0, 10);
    if (people.length) {
      out.push(pc.bold('  Entities'));
      out.push(`    ${people.map((e) => `${e.name}${e.latin ? ` (${e.latin})` : ''} ×${e.mentions.length}`).join(' · ')}`);
    }
    if (s.quotes.length) {
      out.push(pc.bold(`  Quotes (${s.quotes.length})`));
      for (const q of s.quotes.filter((q) => q.kind === 'direct').slice(0, 6))
        out.push(`    ${q.speaker ?? '?'}: «${q.text.slice(0, 90)}»`);
    }
    if (s.copies.length) {
      out.push(pc.bold('  Copies'));
      for (const c of s.copies) out.push(`    ${c.articleId} ${c.kind} of ${c.copyOf} (${c.similarity})`);
    }
  }
  const flagged = report.articles.filter((a) => a.removed.length || a.flags.length);
  if (flagged.length) {
    out.push('', pc.bold('Cleaning'));
    for (const a of flagged) {
      const reasons = [...new Set(a.removed.map((r) => r.reason))].join(', ');
      out.push(
        `  ${a.id}: ${a.removed.length} removed${reasons ? ` (${reasons})` : ''}${a.flags.length ? ` · flags: ${[...new Set(a.flags.map((f) => f.kind))].join(', ')}` : ''}${a.publishedInferred ? ` · date inferred ${day(a.published)}` : ''}`,
      );
    }
  }
  for (const e of report.errors) out.push(pc.red(`error: ${e.source}: ${e.message}`));
  return out.join('\n');
}
