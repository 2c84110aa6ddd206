import { describe, expect, it } from 'vitest';
import { checkPipeline, type Stage, stages } from '../src/pipeline.js';

describe('pipeline contract', () => {
  it('every stage reads only what an earlier stage wrote', () => {
    expect(() => checkPipeline(stages)).not.toThrow();
  });

  it('rejects a stage that reads before anyone writes', () => {
    const early: Stage = { name: 'early-figures', reads: ['figures'], writes: ['stories'], run() {} };
    expect(() => checkPipeline([early, ...stages])).toThrow(/early-figures.*figures/);
  });

  it('runs ingest before the extractors and store last', () => {
    const names = stages.map((s) => s.name);
    expect(names[0]).toBe('ingest');
    expect(names.at(-1)).toBe('store');
    expect(names.indexOf('normalise')).toBeLessThan(names.indexOf('figures'));
    expect(names.indexOf('dates')).toBeLessThan(names.indexOf('times'));
  });
});
