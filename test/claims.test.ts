import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeInputs } from '../src/core.js';
import { normaliseString } from '../src/text/normalise.js';
import type { Report, Story } from '../src/types.js';
import { seedFiles, textInput } from './helpers.js';

let story: Story;

beforeAll(async () => {
  const report: Report = await analyzeInputs(seedFiles().map(textInput));
  story = report.stories[0] as Story;
});

describe('contested claims', () => {
  it("records the protesters' rejection of the 'terrorists' label against Tokayev's claim", () => {
    const c = story.contested.find(
      (x) => x.dispute.articleId.startsWith('000') && x.dispute.marker === normaliseString('رفضوا هذا الوصف'),
    );
    expect(c).toBeDefined();
    expect(normaliseString(c?.claim.speaker ?? '')).toContain(normaliseString('توكاييف'));
    expect(c?.claim.end ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(c?.dispute.start ?? 0);
  });

  it('records the missing evidence for foreign involvement', () => {
    const c = story.contested.find((x) => x.dispute.articleId.startsWith('004'));
    expect(c?.dispute.sentence).toContain('دليل');
  });

  it('does not contest a quote with nothing disputing it', async () => {
    const report = await analyzeInputs([
      { id: 'plain', source: 'plain', text: 'عنوان\n\nقال الوزير "سنعيد فتح الطرق غدا". وأضاف أن فرق الصيانة بدأت العمل.' },
    ]);
    expect(report.stories[0]?.contested).toEqual([]);
  });
});

describe('claim lexicons', () => {
  it('are stored canonical', async () => {
    const { languages } = await import('../src/lang/index.js');
    for (const lang of Object.values(languages)) {
      for (const m of lang.claims.disputeMarkers) expect(normaliseString(m)).toBe(m);
    }
  });
});
