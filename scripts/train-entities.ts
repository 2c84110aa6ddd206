// Trains the Arabic entity tagger on all of AQMAR and the news set with the recipe of eval/entities-tagger.ts, folds it
// to the news domain and writes src/lang/ar/entity-tagger.tsv. Run: npm run train:entities [-- --check]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpora } from '../eval/entities.js';
import { RECIPE, trainEntityModel } from '../eval/entities-tagger.js';
import { foldDomain, modelToText } from '../src/extract/entities/tagger.js';
import { entities } from '../src/lang/ar/entities.js';

const HEADER = [
  'Arabic entity tagger: averaged structured perceptron over the rules (src/extract/entities/stacked.ts), news domain.',
  `Written by scripts/train-entities.ts; do not edit. Recipe: ${JSON.stringify(RECIPE)}`,
  'Trained on AQMAR (Mohit et al. 2012, CC BY-SA 3.0, ../shared/eval/data/aqmar) and eval/gold/entities/news-ar.txt.',
  'These weights derive from AQMAR: this file is under CC BY-SA 3.0.',
];

/** The model text the recipe gives today. */
export function trainedText(): string {
  const { news = [], aqmar = [] } = corpora();
  if (!aqmar.length) throw new Error('AQMAR not found: ../shared/eval/data/aqmar');
  return modelToText(foldDomain(trainEntityModel(aqmar, news), 'news'), HEADER);
}

function main(): void {
  const file = entities.tagger as URL;
  const t0 = performance.now();
  const text = trainedText();
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const features = text.split('\n').filter((l) => l && !l.startsWith('#')).length - 2;
  if (process.argv.includes('--check')) {
    const same = readFileSync(file, 'utf8') === text;
    console.log(
      same ? `${fileURLToPath(file)} is what the recipe gives` : `${fileURLToPath(file)} is out of date: npm run train:entities`,
    );
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(file, text);
  console.log(`trained in ${secs} s: ${features} features, ${(text.length / 1e6).toFixed(2)} MB → ${fileURLToPath(file)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
