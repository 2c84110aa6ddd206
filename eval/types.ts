// What every evaluation task returns: named scores that eval/run.ts compares with eval/baseline.json.

export interface Score {
  /** e.g. 'figures.f1', 'entities.news.PER.f1', 'parse.number.ar.accuracy' */
  name: string;
  value: number;
  /** Optional counts for the printed table. */
  support?: number;
}

export interface EvalTask {
  name: string;
  run(): Promise<Score[]>;
}

/** Precision, recall and F1 from true positives, predictions and gold counts. */
export function prf(tp: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
