import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { repoRoot, seedFiles } from './helpers.js';

const marsad = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/index.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  });

describe('marsad analyze', () => {
  it('prints the JSON report of the seeds with all five in one story', () => {
    const run = marsad(['analyze', join(repoRoot, '../shared/seeds'), '--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.articles.map((a) => a.id).sort()).toEqual(
      seedFiles()
        .map((f) => basename(f, '.txt'))
        .sort(),
    );
    expect(report.stories).toHaveLength(1);
    expect(report.stories[0]?.articleIds).toHaveLength(5);
  });

  it('names each bad file in one line, analyses the rest, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-bad-'));
    const seed = seedFiles()[1] as string;
    copyFileSync(seed, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(
      join(dir, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    writeFileSync(join(dir, 'report.pdf.txt'), '%PDF-1.7\n%\xff\xff\n1 0 obj\n', 'latin1');
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'ا '));
    writeFileSync(
      join(dir, 'no-article.html'),
      '<html><head><title>x</title></head><body><nav><a href="/">الرئيسية</a></nav></body></html>',
    );
    const run = marsad(['analyze', dir, '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.articles.map((a) => a.id)).toEqual(['good']);
    const lines = run.stderr.split('\n').filter((l) => l.includes('error'));
    for (const name of ['empty.txt', 'binary.txt', 'report.pdf.txt', 'huge.txt', 'no-article.html']) {
      expect(lines.filter((l) => l.includes(name))).toHaveLength(1);
    }
  });

  it('reads a Windows-1256 file as Arabic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-1256-'));
    // "قتل 12 شخصا في المدينة" encoded in Windows-1256 by hand: letters map to single bytes.
    const text = 'عنوان الخبر\n\nقال المتحدث إن 12 شخصا قتلوا في المدينة يوم الجمعة.';
    const table: Record<string, number> = {};
    const dec = new TextDecoder('windows-1256');
    for (let b = 0x80; b <= 0xff; b++) table[dec.decode(Uint8Array.of(b))] = b;
    const bytes = Buffer.from([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (table[ch] ?? 0x3f))));
    writeFileSync(join(dir, 'cp1256.txt'), bytes);
    const run = marsad(['analyze', dir, '--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.articles[0]?.text).toContain('قتلوا في المدينة');
  });
});

describe('marsad parse', () => {
  it('answers one JSON line per stdin phrase with original spans', () => {
    const run = marsad(
      ['parse', '--lang', 'ar', '--ref', '2022-01-10T12:00:00', '--dims', 'number,time', '-'],
      'اعتقال 7 آلاف و939 شخصاً\nيوم الجمعة\n',
    );
    expect(run.status).toBe(0);
    const [numbers, friday] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const n = numbers.results.find((r: { dim: string }) => r.dim === 'number');
    expect(n.value).toBe(7939);
    expect(numbers.text.slice(n.start, n.end)).toBe('7 آلاف و939');
    const t = friday.results.find((r: { dim: string }) => r.dim === 'time');
    expect(t.value.slice(0, 10)).toBe('2022-01-07');
    expect(t.grain).toBe('day');
  });

  it('refuses an unknown dimension with a clear message', () => {
    const run = marsad(['parse', '--dims', 'colour', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown dimension colour');
  });
});
