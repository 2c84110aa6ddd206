import { test } from 'vitest';
import { runUpTo, seedFiles, textInput } from './helpers.js';
test('dump', async () => {
  const ctx = await runUpTo(seedFiles().map(textInput), 'quotes');
  for (const q of ctx.quotes) console.log(`${q.articleId.slice(0,3)} ${q.kind[0]} [${q.speaker ?? '-'}]${q.speakerOutlet ? '@' + q.speakerOutlet : ''} (${q.verb}) ${q.text.slice(0, 90)}`);
}, 30000);
