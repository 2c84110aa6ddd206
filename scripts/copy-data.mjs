// The build copies the data files modules read at run time (src/**/*.tsv) next to the compiled modules in dist/.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

for (const f of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
  if (f.endsWith('.tsv')) cpSync(join('src', f), join('dist', f));
}
