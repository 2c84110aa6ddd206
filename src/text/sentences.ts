/** Placeholder: split canonical text [from, to) at . ! ? and newlines; returns canonical spans. */
export function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if ('.!?\n'.includes(text[i] as string)) {
      if (text.slice(start, i + 1).trim()) out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (text.slice(start, to).trim()) out.push([start, to]);
  return out;
}
