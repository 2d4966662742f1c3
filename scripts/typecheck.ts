/**
 * `npm run typecheck`: generates Astro's types (`astro sync`: the `astro:content` module and
 * `import.meta.env`, which a fresh clone lacks), then type-checks the whole tree with `tsc`.
 * Node only, so it runs the same in PowerShell, cmd and bash.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const args of [
  [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'sync'],
  [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit'],
]) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
