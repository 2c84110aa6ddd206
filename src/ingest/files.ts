// Files and folders to a sorted list of files, and a size-checked read that names the problem.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Files under the given paths: folders recursively, sorted, dotfiles skipped; missing paths are errors. */
export function listFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const visit = (path: string): void => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) missing.push(path);
    else if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) visit(join(path, name));
    } else if (stat.isFile()) files.push(path);
  };
  for (const p of paths) visit(p);
  return { files, missing };
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** The file's bytes, or a one-line reason it is not read. */
export function readBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array | { error: string } {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return { error: 'no such file' };
  if (stat.size === 0) return { error: 'empty file' };
  if (stat.size > maxBytes) return { error: `file is ${mb(stat.size)} MB, over the ${mb(maxBytes)} MB limit (--max-size)` };
  try {
    return readFileSync(path);
  } catch (e) {
    return { error: `cannot read: ${(e as Error).message}` };
  }
}

export const stem = (path: string): string =>
  basename(path).replace(/\.(?:txt|md|markdown|html?|jsonl|ndjson|json|xml|rss|atom)$/i, '');
