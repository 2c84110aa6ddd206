// Figures of one story grouped by what they count, and their differences classified:
// evolution (the count moved over time), conflict, different scope, or consistent within qualifiers.
import { normaliseString } from '../text/normalise.js';
import type { Conflict, CopyLink, Figure, FigureGroup } from '../types.js';
import { amountText, figureLabel } from './figure-text.js';

const ABOUT_TOLERANCE = 0.1; // "about 8,000" covers 7,200–8,800

/** Group undefined or 'people' counts everyone: the total scope. */
const scopeOf = (f: Figure): string => (!f.group || f.group === 'people' ? '' : f.group);
const keyOf = (f: Figure): string => `${f.kind}|${scopeOf(f)}|${f.place ? normaliseString(f.place) : ''}`;

export function reconcileFigures(figures: Figure[], copies: CopyLink[]): { groups: FigureGroup[]; conflicts: Conflict[] } {
  const order = new Map(figures.map((f, i) => [f.id, i]));
  const chrono = (a: Figure, b: Figure): number =>
    (a.date ?? '').localeCompare(b.date ?? '') || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const compared = new Set(countOnce(figures, copies).map((f) => f.id));
  const byKey = new Map<string, Figure[]>();
  for (const f of figures) byKey.set(keyOf(f), [...(byKey.get(keyOf(f)) ?? []), f]);

  const groups: FigureGroup[] = [];
  const conflicts: Conflict[] = [];
  for (const [key, members] of byKey) {
    const sorted = [...members].sort(chrono);
    const latest = (sorted.filter((f) => compared.has(f.id)).at(-1) ?? sorted.at(-1)) as Figure;
    const first = sorted[0] as Figure;
    groups.push({
      key,
      kind: first.kind,
      ...(scopeOf(first) ? { group: scopeOf(first) } : {}),
      ...(first.place ? { place: first.place } : {}),
      latest: {
        value: latest.value,
        qualifier: latest.qualifier,
        ...(latest.date ? { date: latest.date } : {}),
        figureId: latest.id,
      },
      range: [Math.min(...members.map((f) => f.min ?? f.value)), Math.max(...members.map((f) => f.max ?? f.value))],
      figureIds: sorted.map((f) => f.id),
    });
    conflicts.push(
      ...classifyGroup(
        key,
        sorted.filter((f) => compared.has(f.id)),
      ),
    );
  }
  conflicts.push(...differentScopes(groups, byKey, chrono));
  return { groups, conflicts };
}

/** Copies of one report and repeated sentences count once; two counts in one sentence are parts, not rival reports. */
function countOnce(figures: Figure[], copies: CopyLink[]): Figure[] {
  const originals = new Map<string, Set<string>>();
  for (const c of copies) originals.set(c.articleId, (originals.get(c.articleId) ?? new Set()).add(c.copyOf));
  const same = (a: Figure, b: Figure): boolean => a.kind === b.kind && a.value === b.value && a.qualifier === b.qualifier;
  const seenSentences = new Set<string>();
  const seenParts = new Set<string>();
  return figures.filter((f) => {
    const partKey = `${f.articleId}|${f.sentenceStart}|${keyOf(f)}`;
    if (seenParts.has(partKey)) return false;
    seenParts.add(partKey);
    const from = originals.get(f.articleId);
    if (from && figures.some((g) => g !== f && from.has(g.articleId) && same(f, g))) return false;
    const sentenceKey = `${f.kind}|${f.value}|${normaliseString(f.sentence).replace(/\s+/g, ' ').trim()}`;
    if (seenSentences.has(sentenceKey)) return false;
    seenSentences.add(sentenceKey);
    return true;
  });
}

const low = (f: Figure): number =>
  f.qualifier === 'range'
    ? (f.min ?? f.value)
    : f.qualifier === 'about'
      ? f.value * (1 - ABOUT_TOLERANCE)
      : f.qualifier === 'up-to'
        ? 0
        : f.value;
const high = (f: Figure): number => {
  if (f.qualifier === 'range') return f.max ?? f.value;
  if (f.qualifier === 'about') return f.value * (1 + ABOUT_TOLERANCE);
  return f.qualifier === 'more-than' || f.qualifier === 'at-least' ? Number.POSITIVE_INFINITY : f.value;
};
/** The qualifiers allow one true number behind both figures (164 and "more than 160"). */
const compatible = (a: Figure, b: Figure): boolean => {
  const aLow = a.qualifier === 'more-than' ? a.value + 1 : low(a);
  const bLow = b.qualifier === 'more-than' ? b.value + 1 : low(b);
  return Math.max(aLow, bLow) <= Math.min(high(a), high(b));
};
const distinct = (fs: Figure[]): boolean => new Set(fs.map((f) => `${f.value}|${f.qualifier}`)).size > 1;
const upper = (f: Figure): number => (f.qualifier === 'range' ? (f.max ?? f.value) : f.value);

function classifyGroup(key: string, figures: Figure[]): Conflict[] {
  if (!distinct(figures)) return [];
  const out: Conflict[] = [];
  const byDate = new Map<string, Figure[]>();
  for (const f of figures) byDate.set(f.date ?? '', [...(byDate.get(f.date ?? '') ?? []), f]);
  for (const [date, same] of byDate) {
    if (!distinct(same)) continue;
    const agree = same.every((a) => same.every((b) => compatible(a, b)));
    const when = date ? `on ${date}` : 'with no date';
    out.push(
      entry(
        key,
        agree ? 'consistent' : 'conflict',
        same,
        agree ? `${list(same)} ${when} agree within their qualifiers.` : `Sources disagree ${when}: ${list(same)}.`,
      ),
    );
  }
  const dated = [...byDate.entries()].filter(([d]) => d).sort(([a], [b]) => a.localeCompare(b));
  let run: Figure[][] = [];
  const closeRun = (): void => {
    const all = run.flat();
    if (run.length > 1 && distinct(all)) {
      const from = peak(run[0] as Figure[]);
      const to = peak(run.at(-1) as Figure[]);
      out.push(
        upper(to) > upper(from)
          ? entry(
              key,
              'evolution',
              all,
              `The count moved from ${amountText(from)} (${from.date}) to ${amountText(to)} (${to.date}).`,
            )
          : entry(key, 'consistent', all, `${list(all)} from ${from.date} to ${to.date} agree within their qualifiers.`),
      );
    }
    run = [];
  };
  for (let i = 0; i < dated.length; i++) {
    const bucket = dated[i]?.[1] as Figure[];
    const prev = run.at(-1);
    if (prev && !rises(prev, bucket)) {
      const a = peak(prev);
      const b = peak(bucket);
      closeRun();
      out.push(
        entry(
          key,
          'conflict',
          [...prev, ...bucket],
          `Sources of different dates disagree: ${amountText(a)} on ${a.date}${by(a)} but ${amountText(b)} on ${b.date}${by(b)}, a lower count later.`,
        ),
      );
    }
    run.push(bucket);
  }
  closeRun();
  return out;
}

const peak = (fs: Figure[]): Figure => fs.reduce((a, b) => (upper(b) > upper(a) ? b : a));
/** A later day's count is the same or larger (or the qualifiers allow it). */
const rises = (earlier: Figure[], later: Figure[]): boolean => {
  const a = peak(earlier);
  const b = peak(later);
  return upper(b) >= upper(a) || compatible(a, b);
};

/** A count of one group beside the total count of the same kind: they measure different things. */
function differentScopes(
  groups: FigureGroup[],
  byKey: Map<string, Figure[]>,
  chrono: (a: Figure, b: Figure) => number,
): Conflict[] {
  const out: Conflict[] = [];
  for (const g of groups) {
    if (!g.group) continue;
    const totalKey = `${g.kind}||${g.key.split('|')[2] ?? ''}`;
    const total = byKey.get(totalKey);
    const part = byKey.get(g.key);
    if (!total || !part) continue;
    const t = [...total].sort(chrono).at(-1) as Figure;
    const p = [...part].sort(chrono).at(-1) as Figure;
    if (t.value === p.value && t.qualifier === p.qualifier) continue;
    out.push(
      entry(
        g.key,
        'different-scope',
        [p, t],
        `${amountText(p)} ${figureLabel(p)} counts one group; ${amountText(t)} ${t.kind} is the overall count.`,
      ),
    );
  }
  return out;
}

const by = (f: Figure): string => (f.attributedTo ? ` (${f.attributedTo})` : '');
/** Each amount once, with who gave it: "2,300 (the ambulance service) vs more than 5,300 (the ministry)". */
function list(fs: Figure[]): string {
  const byAmount = new Map<string, Set<string>>();
  for (const f of fs) {
    const sources = byAmount.get(amountText(f)) ?? new Set<string>();
    if (f.attributedTo) sources.add(f.attributedTo);
    byAmount.set(amountText(f), sources);
  }
  return [...byAmount].map(([amount, who]) => (who.size ? `${amount} (${[...who].join('; ')})` : amount)).join(' vs ');
}

function entry(groupKey: string, classification: Conflict['classification'], fs: Figure[], explanation: string): Conflict {
  return {
    groupKey,
    classification,
    explanation,
    figures: fs.map((f) => ({
      figureId: f.id,
      articleId: f.articleId,
      value: f.value,
      qualifier: f.qualifier,
      ...(f.date ? { date: f.date } : {}),
      ...(f.attributedTo ? { attributedTo: f.attributedTo } : {}),
    })),
  };
}
