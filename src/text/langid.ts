/** Placeholder: Arabic script means Arabic. */
export const detectLanguage = (text: string): string => (/[\u0600-\u06FF]/.test(text) ? 'ar' : 'en');
