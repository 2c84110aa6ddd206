export const meta: { code: string; direction: 'rtl' | 'ltr' } = { code: 'ar', direction: 'rtl' };
