import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { runUpTo, seedFiles, textInput } from './helpers.js';
test('dump', async () => {
  const ctx = await runUpTo(seedFiles().map(textInput), 'reconcile');
  const ents = new Map(ctx.stories.flatMap((s) => s.entities).map((e) => [e.id, e.name]));
  writeFileSync('/tmp/gq/quotes.txt', ctx.quotes.map((q) => `${q.articleId.slice(0,3)} ${q.kind[0]} ${q.statementId.slice(2).replace(/_[0-9a-f]+/, '')} [${q.speaker ?? '-'}]{${ents.get(q.speakerEntityId ?? '') ?? ''}}${q.speakerOutlet ? '@' + q.speakerOutlet : ''} (${q.verb}) ${q.text.slice(0, 70)}`).join('\n'));
  writeFileSync('/tmp/gq/events.txt', ctx.events.map((e) => `${e.articleId.slice(0,3)} ${e.type} ${e.date ?? '-'}${e.dateInferred ? '?' : ''} «${e.trigger}» ${e.place ?? ''} | ${e.sentence.slice(0, 80)}`).join('\n'));
  writeFileSync('/tmp/gq/mentions.txt', [...ctx.mentions.values()].flat().map((m) => `${m.articleId.slice(0,3)} ${m.type} ${m.text}`).join('\n'));
  writeFileSync('/tmp/gq/ents.txt', ctx.stories.flatMap((s) => s.entities).map((e) => `${e.type} ${e.name} | ${e.aliases.join(',')} | ${e.roles.join(',')}`).join('\n'));
  console.log(ctx.stories.length, ctx.docs.map((d) => d.ref));
}, 60000);
