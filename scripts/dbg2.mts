import { collectInputs } from '../src/ingest/collect.js';
import { runUpTo } from '../test/helpers.js';
const { inputs } = await collectInputs(['demo/reports']);
const ctx = await runUpTo(inputs, 'entities');
for (const [id, ms] of ctx.mentions) for (const m of ms) if (/حماد|Hammad|حفتر|Haftar/.test(m.text)) console.log(id, m.type, JSON.stringify(m.key), m.latin, m.text);
