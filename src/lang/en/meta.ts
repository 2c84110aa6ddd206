export const meta: { code: string; direction: 'rtl' | 'ltr' } = { code: 'en', direction: 'ltr' };
