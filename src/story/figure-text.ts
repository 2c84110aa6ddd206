// How a figure reads in a conflict explanation or a timeline line: "more than 3,000", "20–99".
import type { Figure, Qualifier } from '../types.js';

const WORDS: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  about: 'about ',
  'up-to': 'up to ',
  range: '',
};

const n = (x: number): string => x.toLocaleString('en-US');

export function amountText(f: Pick<Figure, 'value' | 'qualifier' | 'min' | 'max'>): string {
  if (f.qualifier === 'range' && f.min !== undefined && f.max !== undefined) return `${n(f.min)}–${n(f.max)}`;
  return `${WORDS[f.qualifier]}${n(f.value)}`;
}

/** "arrested (police): more than 3,000" */
export function figureLabel(f: Pick<Figure, 'kind' | 'group' | 'place'>): string {
  const who = [f.group && f.group !== 'people' ? f.group : undefined, f.place].filter(Boolean).join(', ');
  return who ? `${f.kind} (${who})` : f.kind;
}
