/**
 * What `npm run check` and `npm run build` run, read from `package.json`, so the benchmark
 * starts the scripts with the same Node options the office gets (e.g. the compile-cache preload),
 * minus npm's own start-up.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The arguments after `node` of an npm script such as `node --import ./x.ts scripts/check.ts`.
 * Throws for a script that does not start Node directly (the benchmark could not mirror it).
 */
export function nodeArgsOf(command: string): string[] {
  const [program, ...args] = command.trim().split(/\s+/);
  if (program !== 'node' || args.length === 0 || args.some((a) => /[|&;<>$`"']/.test(a))) {
    throw new Error(`cannot mirror npm script "${command}": expected "node [options] <script>"`);
  }
  return args;
}

/** The Node arguments of the npm script `name` in the project at `root`. */
export async function npmScriptArgs(root: string, name: string): Promise<string[]> {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const command = pkg.scripts?.[name];
  if (!command) throw new Error(`package.json has no script "${name}"`);
  return nodeArgsOf(command);
}
