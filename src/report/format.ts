import type { Figure, Qualifier } from '../types.js';

const QUALIFIER: Record<Qualifier, string> = {
  exact: '',
  'more-than': '>',
  'at-least': '≥',
  about: '~',
  'up-to': '≤',
  range: '',
};

/** "> 3,000", "~ 8,000", "20–99": a figure as a reader scans it. */
export function figureValue(f: Pick<Figure, 'value' | 'qualifier' | 'min' | 'max'>): string {
  if (f.qualifier === 'range' && f.min !== undefined && f.max !== undefined) {
    return `${f.min.toLocaleString('en-US')}–${f.max.toLocaleString('en-US')}`;
  }
  const q = QUALIFIER[f.qualifier];
  return `${q ? `${q} ` : ''}${f.value.toLocaleString('en-US')}`;
}

export const day = (iso?: string): string => (iso ? iso.slice(0, 10) : '—');
