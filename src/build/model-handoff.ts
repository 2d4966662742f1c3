/**
 * How the build script hands the model file to its Astro process. Astro is started as soon as
 * the settings are read, so it loads its modules and bundles the site while the build script
 * still reads and checks the workbooks; the pages wait for one message that says the model file
 * is written ({@link MODEL_READY_MESSAGE}). If the data has errors, the build script ends the
 * process instead, and no page is ever rendered.
 *
 * The waiting is shared through `globalThis`: the worker script and the bundled pages are two
 * copies of this module in one process.
 */

/** The message the build script sends once the model file is complete. */
export const MODEL_READY_MESSAGE = 'isek:model-ready';

/** Set by the build script for its Astro process: the pages wait for {@link MODEL_READY_MESSAGE}. */
export const MODEL_HANDOFF_ENV = 'ISEK_MODEL_HANDOFF';

const READY = Symbol.for('isek.modelFileReady');

type WithReady = typeof globalThis & { [READY]?: Promise<void> };

/**
 * In the Astro process, before Astro starts: begins listening for the build script's message.
 * Without an IPC channel (the process was not started by the build script) nothing waits. If the
 * build script goes away before the message, this process ends at once: nobody would read its
 * pages.
 */
export function listenForModelFile(proc: NodeJS.Process = process): void {
  if (!proc.send || proc.env[MODEL_HANDOFF_ENV] !== '1') return;
  (globalThis as WithReady)[READY] = new Promise<void>((resolve) => {
    let ready = false;
    proc.on('message', (message) => {
      if (message !== MODEL_READY_MESSAGE) return;
      ready = true;
      // Nothing else comes; an open channel would keep the process alive after the build.
      proc.disconnect?.();
      resolve();
    });
    proc.on('disconnect', () => {
      if (!ready) proc.exit(1);
    });
  });
}

/** Resolves once the model file may be read (at once unless {@link listenForModelFile} waits). */
export function modelFileReady(): Promise<void> {
  return (globalThis as WithReady)[READY] ?? Promise.resolve();
}
