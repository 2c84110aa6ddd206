// Source dates (ISO 8601, RFC 822 from RSS, loose strings) to ISO, keeping the source's own UTC offset.

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const RFC822 =
  /^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|UT|GMT|Z)?/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number | string): string => String(n).padStart(2, '0');
const offset = (z: string | undefined): string =>
  !z || z === 'Z' || z === 'UT' || z === 'GMT' ? 'Z' : `${z.slice(0, 3)}:${z.slice(-2)}`;

/** An ISO date (YYYY-MM-DD) or datetime for a date string from a source, or undefined when it is not a date. */
export function toIsoDate(raw: string | undefined | null): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  const iso = ISO.exec(s);
  if (iso?.[1]) {
    if (!validDay(iso[1])) return undefined;
    if (!iso[2]) return iso[1];
    const time = iso[2].length === 5 ? `${iso[2]}:00` : iso[2];
    return `${iso[1]}T${time}${iso[3] ? offset(iso[3].replace(':', '')) : ''}`;
  }
  const rfc = RFC822.exec(s);
  const month = rfc ? MONTHS.indexOf((rfc[2] ?? '').toLowerCase()) : -1;
  if (rfc && month >= 0) {
    const year = rfc[3]?.length === 2 ? `20${rfc[3]}` : rfc[3];
    const day = `${year}-${pad(month + 1)}-${pad(rfc[1] ?? '')}`;
    if (!validDay(day)) return undefined;
    return `${day}T${pad(rfc[4] ?? '')}:${rfc[5]}:${rfc[6] ?? '00'}${offset(rfc[7])}`;
  }
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z');
}

function validDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day);
}
