import { describe, expect, it } from 'vitest';
import { blocksOf } from '../src/ingest/blocks.js';
import { paragraphsFromBreaks } from '../src/ingest/breaks.js';
import { looksLikeFeed } from '../src/ingest/feed.js';
import { extractHtml, parseDocument } from '../src/ingest/html.js';
import { stripMarkdown } from '../src/ingest/markdown.js';
import { pruneFurniture } from '../src/ingest/prune.js';
import { FURNITURE_HEADINGS, FURNITURE_WORDS_AR } from '../src/ingest/selectors.js';
import { normaliseString } from '../src/text/normalise.js';

const P = 'أكدت مصادر محلية أن الحركة التجارية عادت تدريجيا إلى الأسواق بعد رفع حظر التجول صباح اليوم.';

describe('selectors', () => {
  it('stores text markers in canonical form', () => {
    for (const m of [...FURNITURE_HEADINGS, ...FURNITURE_WORDS_AR]) expect(normaliseString(m), m).toBe(m);
  });
});

describe('blocksOf', () => {
  it('gives one block per paragraph, list item and break, and keeps inline text together', () => {
    const doc = parseDocument(`<div><h2>عنوان فرعي</h2><p>${P}<b>تم</b></p><ul><li>أول</li><li>ثان</li></ul>سطر<br>آخر</div>`);
    expect(blocksOf(doc.body)).toEqual(['عنوان فرعي', `${P}تم`, 'أول', 'ثان', 'سطر', 'آخر']);
  });

  it('drops link-only blocks and the short label just before them', () => {
    const doc = parseDocument(
      `<div><p>${P}</p><b>روابط</b><p><a href="/1">خبر أول</a> | <a href="/2">خبر ثان</a></p><p>${P}</p></div>`,
    );
    expect(blocksOf(doc.body)).toEqual([P, P]);
  });
});

describe('paragraphsFromBreaks', () => {
  it('turns <br><br> runs into paragraphs, inline markup included', () => {
    const doc = parseDocument(`<td><span>السبت</span><br><br>${P}<br> <br><i>${P}</i><br>ذيل</td>`);
    paragraphsFromBreaks(doc);
    expect(Array.from(doc.querySelectorAll('p'), (p) => p.textContent)).toEqual(['السبت', P, `${P}ذيل`]);
  });
});

describe('pruneFurniture', () => {
  it('removes furniture by class, role and heading, but never the container of the report', () => {
    const doc = parseDocument(
      `<div class="page sidebar-layout"><div class="post-body"><p>${P}</p><p>${P}</p></div>` +
        `<div role="navigation">قائمة</div><div class="share-buttons">شارك</div>` +
        `<h3>اقرأ أيضاً</h3><ul><li><a href="/x">رابط</a></li></ul><p>شارك آلاف المتظاهرين في المسيرة.</p></div>`,
    );
    pruneFurniture(doc);
    const text = doc.body.textContent ?? '';
    expect(text).toContain(P);
    expect(text).toContain('شارك آلاف المتظاهرين');
    for (const gone of ['قائمة', 'رابط', 'اقرأ', 'شارك\n']) expect(text).not.toContain(gone);
    expect(doc.querySelector('.share-buttons')).toBeNull();
  });

  it('keeps an embedded tweet, which is often a quote', () => {
    const html = `<article><p>${P}</p><blockquote class="twitter-tweet"><p>نص التغريدة المقتبسة</p></blockquote><p>${P}</p></article>`;
    const result = extractHtml(html);
    expect('blocks' in result && result.blocks).toContain('نص التغريدة المقتبسة');
  });
});

describe('extractHtml', () => {
  it('says when a page has no article text', () => {
    expect(extractHtml('<html><body><nav><a href="/">الرئيسية</a></nav></body></html>')).toEqual({
      error: 'no article text found in HTML',
    });
  });
});

describe('adversarial input finishes quickly', () => {
  it('markdown, feed sniffing and pruning stay linear-ish', () => {
    const t0 = performance.now();
    stripMarkdown(`${'**a '.repeat(20_000)}\n${'_x'.repeat(20_000)}\n${'[a]('.repeat(10_000)}`);
    looksLikeFeed(`<?xml version="1.0"?>${'<!--'.repeat(5000)}`);
    const doc = parseDocument(
      `<div>${'<span class="a-share-b">'.repeat(2000)}${'</span>'.repeat(2000)}</div>${'<p>اقرأ أيضا'.repeat(2000)}`,
    );
    pruneFurniture(doc);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
