import { runUpTo, seedFiles, textInput } from './helpers.js';
import { mergeEntities } from '../src/extract/entities/index.js';
const ctx = await runUpTo(seedFiles().map(textInput), 'entities');
const all = [...ctx.mentions.values()].flat();
for (const [id, ms] of ctx.mentions) {
  console.log('##', id, ms.length);
  console.log(ms.map((m) => `${m.type[0]}:${m.text}${m.role ? ` [${m.role}]` : ''}`).join(' | '));
}
const ents = mergeEntities(all, ctx.docs);
for (const e of ents) console.log(e.id, e.type, e.name, e.latin, e.country ?? '', e.coordinates?.join(',') ?? '', '::', e.aliases.join(' / '), e.roles.length ? `ROLES ${e.roles.join(' ; ')}` : '');
