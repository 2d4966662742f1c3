/**
 * `npm run preview`: shows the built site (`dist/`) in the browser, under the base path it was
 * built for (noted by the build in `dist/.isek-build.json`), and prints the address.
 *
 * Options: --ausgabe <Ordner> (default dist), --base </pfad/> (override), --port <Zahl> (default
 * 4321; the next free port is taken when it is busy).
 */
import path from 'node:path';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseOfficeArgs } from '../src/build/cli-args.ts';
import { createPreviewServer, readBuildInfo } from '../src/build/preview-server.ts';
import { normaliseBasePath } from '../src/lib/input/settings/environment.ts';
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
const siteDir = path.resolve(values.ausgabe ?? values.out ?? path.join(root, 'dist'));
const print = (line: string) => process.stdout.write(`${line}\n`);

const index = await stat(path.join(siteDir, 'index.html')).catch(() => null);
if (!index?.isFile()) {
  print(PREVIEW_TEXT.noSite(siteDir));
  process.exit(1);
}

const info = await readBuildInfo(siteDir);
const base = normaliseBasePath(values.base ?? info?.base ?? '/');
if (!values.base && !info) print(PREVIEW_TEXT.noBuildInfo(base));

const firstPort = Number(values.port ?? 4321);
if (!Number.isInteger(firstPort) || firstPort < 1 || firstPort > 65535) {
  print(PREVIEW_TEXT.invalidPort(values.port ?? ''));
  process.exit(2);
}

const server = createPreviewServer(siteDir, base);
let port = firstPort;
server.on('error', (error: NodeJS.ErrnoException) => {
  // Another preview (or another program) may hold the port: take the next one, a few times.
  if (error.code === 'EADDRINUSE' && port < firstPort + 20) {
    print(PREVIEW_TEXT.portBusy(port, port + 1));
    port += 1;
    server.listen(port, 'localhost');
    return;
  }
  throw error;
});
server.on('listening', () => print(PREVIEW_TEXT.serving(`http://localhost:${port}${base}`, siteDir)));
server.listen(port, 'localhost');
