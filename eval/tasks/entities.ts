// Entity recognition F1 per type on the news set and on AQMAR (floors pinned in eval/baseline.json).
import { allScores } from '../entities.js';
import type { EvalTask } from '../types.js';

export const task: EvalTask = {
  name: 'entities',
  async run() {
    return allScores().flatMap(([, scores]) => scores.filter((s) => s.name.endsWith('.f1')));
  },
};
