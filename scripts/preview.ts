/**
 * `npm run preview`: shows the built site (`dist/`) in the browser, under the base path it was
 * built for (noted by the build in `dist/.isek-build.json`), and prints the address.
 *
 * Options: --ausgabe <Ordner> (default dist), --base </pfad/> (override), --port <Zahl> (default
 * 4321; the next free port is taken when it is busy). The server: `src/build/preview-server.ts`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOfficeArgs } from '../src/build/cli-args.ts';
import { startPreview } from '../src/build/preview-server.ts';
import { PREVIEW_TEXT } from '../src/lib/i18n/de.ts';

const values = parseOfficeArgs(
  {
    ausgabe: { type: 'string' },
    out: { type: 'string' },
    base: { type: 'string' },
    port: { type: 'string' },
  },
  PREVIEW_TEXT.usage,
);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = await startPreview({
  siteDir: path.resolve(values.ausgabe ?? values.out ?? path.join(root, 'dist')),
  base: values.base,
  port: values.port,
  print: (line) => process.stdout.write(`${line}\n`),
});
if (typeof started === 'number') process.exit(started);
