import type { Doc } from '../doc.js';

/** Placeholder. */
export function inferPublicationDates(_docs: Doc[], _clusters: string[][]): void {}
