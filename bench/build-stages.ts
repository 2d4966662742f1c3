/**
 * The stage times `npm run build` prints (`  ✔ Seiten: 402 Seiten (3,2 s)`), read back from its
 * output, so the benchmark can say where a build's time goes. The lines are made by
 * `BUILD_TEXT.stage`; `build-stages.test.ts` renders them with it, so a changed wording fails
 * there, not silently here.
 */

/** The stages of a build, in order. */
export const BUILD_STAGES = ['read', 'check', 'pages', 'search', 'publish'] as const;
/** One stage. */
export type BuildStage = (typeof BUILD_STAGES)[number];

const LABELS: Readonly<Record<string, BuildStage>> = {
  Lesen: 'read',
  Prüfen: 'check',
  Seiten: 'pages',
  Suchindex: 'search',
  Veröffentlichen: 'publish',
};

const LINE = /^\s*[✔✖]\s+(\p{L}+)\b.*\((\d+(?:[.,]\d+)?)\s*s\)\s*$/u;

/** Milliseconds per stage found in a build's output (stages not found are absent). */
export function parseBuildStages(output: string): Partial<Record<BuildStage, number>> {
  const found: Partial<Record<BuildStage, number>> = {};
  for (const line of output.split('\n')) {
    const m = LINE.exec(line);
    const stage = m ? LABELS[m[1] as string] : undefined;
    if (!m || !stage) continue;
    found[stage] = Number((m[2] as string).replace(',', '.')) * 1000;
  }
  return found;
}
