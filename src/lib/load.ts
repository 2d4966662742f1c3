/**
 * The core's entry point: from a data folder to one immutable model plus its diagnostics.
 * (Stub: the real pipeline lands with the model builder.)
 */
import type { Diagnostic } from './diagnostics.ts';
import type { IsekModel } from './schemas/model.ts';
import type { Settings } from './schemas/settings.ts';

/** What `loadModel` needs. */
export interface LoadOptions {
  /** The data folder. */
  readonly dataDir: string;
  /** Validated settings (see `settings/load-settings.ts`). */
  readonly settings: Settings;
  /** Today, for staleness checks; injectable for tests. */
  readonly today?: Date;
}

/** The model and every problem found on the way. */
export interface LoadResult {
  /** False when any diagnostic is an error: then nothing may be published. */
  readonly ok: boolean;
  /** The model; with errors it holds what could be read, for reports only. */
  readonly model: IsekModel;
  /** Sorted: errors first. */
  readonly diagnostics: readonly Diagnostic[];
}

export declare function loadModel(options: LoadOptions): Promise<LoadResult>;
