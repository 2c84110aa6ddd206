// The languages Marsad reads: adding one is a folder under src/lang/ and one line here.
import * as ar from './ar/index.js';
import * as en from './en/index.js';

export type Language = typeof ar;

export const languages: Record<string, Language> = { ar, en };

/** The lexicons for a language code, or undefined when Marsad has none (the text is still stored). */
export const getLanguage = (code: string | undefined): Language | undefined => (code ? languages[code] : undefined);
