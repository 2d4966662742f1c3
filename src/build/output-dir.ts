/**
 * Which folders a build may publish into. Publishing replaces the output folder as a whole
 * (`publish.ts`), so a mistyped `--ausgabe` (`.`, `data`, a web server's root with other sites)
 * would delete what is there. A folder is refused when it is, holds or lies inside the project or
 * the data folder, or when it holds files but no site of this tool (no `.isek-build.json`, which
 * every build writes).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_INFO_FILE } from './preview-server.ts';

/** Why a folder may not receive the site. */
export type OutputDirProblem = 'holds-project' | 'inside-data' | 'foreign-content';

const isWithin = (inner: string, outer: string): boolean => {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** `null` when `outDir` may be replaced by a new site, else why not. */
export async function outputDirProblem(
  outDir: string,
  folders: { readonly root: string; readonly dataDir: string },
): Promise<OutputDirProblem | null> {
  const target = path.resolve(outDir);
  const root = path.resolve(folders.root);
  const dataDir = path.resolve(folders.dataDir);
  if (isWithin(root, target) || isWithin(dataDir, target)) return 'holds-project';
  if (isWithin(target, dataDir)) return 'inside-data';
  const entries = await readdir(target).catch(() => [] as string[]);
  if (entries.length > 0 && !entries.includes(BUILD_INFO_FILE)) return 'foreign-content';
  return null;
}
