import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/text/langid.js';

describe('detectLanguage', () => {
  it.each([
    ['ar', 'قالت وزارة الداخلية إن قوات الأمن اعتقلت عشرات المحتجين في المدينة'],
    ['en', 'The interior ministry said security forces detained dozens of protesters'],
    ['fa', 'وزارت کشور اعلام کرد که نیروهای امنیتی ده‌ها معترض را بازداشت کردند'],
    ['ur', 'وزارت داخلہ نے کہا کہ سکیورٹی فورسز نے درجنوں مظاہرین کو گرفتار کر لیا'],
    ['fr', 'Le ministère de l’Intérieur a déclaré que les forces de sécurité ont arrêté des dizaines de manifestants'],
    ['ru', 'Министерство внутренних дел заявило, что силы безопасности задержали десятки протестующих'],
  ])('tells %s apart', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('falls back to the script for very short texts', () => {
    expect(detectLanguage('قتلى')).toBe('ar');
    expect(detectLanguage('گفت')).toBe('fa');
    expect(detectLanguage('Мир')).toBe('ru');
    expect(detectLanguage('Hi')).toBe('en');
  });

  it('says und when there is nothing to read', () => {
    expect(detectLanguage('123 456 !!')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });
});
