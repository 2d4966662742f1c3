/**
 * How the Astro build, which runs in a child process, tells the build script about its stages:
 * one line on stdout, `@@isek-stage {json}`. Every other line is Astro's own output.
 */

/** One finished stage of the build, for the progress display. */
export interface StageEvent {
  readonly stage: 'read' | 'check' | 'pages' | 'search' | 'publish';
  /** Milliseconds the stage took. */
  readonly ms: number;
  /** What the stage produced, e.g. `{ pages: 342 }`. */
  readonly counts: Readonly<Record<string, number>>;
}

const PREFIX = '@@isek-stage ';

/** The line a child process prints to report a stage. */
export function formatStageLine(event: StageEvent): string {
  return `${PREFIX}${JSON.stringify(event)}`;
}

/** The stage event in a line of child output, or `null` for any other line. */
export function parseStageLine(line: string): StageEvent | null {
  if (!line.startsWith(PREFIX)) return null;
  try {
    return JSON.parse(line.slice(PREFIX.length)) as StageEvent;
  } catch {
    return null;
  }
}

/** Reports a stage from inside the Astro build (a no-op outside the build script's child). */
export function reportStage(event: StageEvent): void {
  if (process.env.ISEK_STAGE_PROTOCOL === '1') process.stdout.write(`${formatStageLine(event)}\n`);
}
