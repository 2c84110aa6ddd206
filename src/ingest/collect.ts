import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { InputError, RawInput } from '../types.js';

/** Placeholder: files only, read as UTF-8. */
export async function collectInputs(paths: string[]): Promise<{ inputs: RawInput[]; errors: InputError[] }> {
  const inputs: RawInput[] = paths.map((p) => ({ id: basename(p, extname(p)), source: p, text: readFileSync(p, 'utf8') }));
  return { inputs, errors: [] };
}
