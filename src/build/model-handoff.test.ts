import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { listenForModelFile, MODEL_HANDOFF_ENV, MODEL_READY_MESSAGE, modelFileReady } from './model-handoff.ts';

/** A stand-in for the Astro process's `process`, with an IPC channel to the build script. */
function fakeProcess(env: Record<string, string> = { [MODEL_HANDOFF_ENV]: '1' }) {
  const proc = Object.assign(new EventEmitter(), {
    env,
    send: () => true,
    disconnected: false,
    exitCode: undefined as number | undefined,
    disconnect() {
      this.disconnected = true;
    },
    exit(code: number) {
      this.exitCode = code;
    },
  });
  return proc;
}

const asProcess = (proc: ReturnType<typeof fakeProcess>) => proc as unknown as NodeJS.Process;
const settled = async (promise: Promise<void>) =>
  Promise.race([promise.then(() => 'ready'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 20))]);

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('isek.modelFileReady')];
});

describe('handing the model file to the Astro process', () => {
  it('lets the pages wait until the build script says the file is written, then closes the channel', async () => {
    const proc = fakeProcess();
    listenForModelFile(asProcess(proc));
    expect(await settled(modelFileReady())).toBe('waiting');
    proc.emit('message', 'something else');
    expect(await settled(modelFileReady())).toBe('waiting');
    proc.emit('message', MODEL_READY_MESSAGE);
    expect(await settled(modelFileReady())).toBe('ready');
    expect(proc.disconnected).toBe(true);
    // The channel closing after the message is the normal end, not the build script's loss.
    proc.emit('disconnect');
    expect(proc.exitCode).toBeUndefined();
  });

  it('ends the process when the build script goes away before the file is written', () => {
    const proc = fakeProcess();
    listenForModelFile(asProcess(proc));
    proc.emit('disconnect');
    expect(proc.exitCode).toBe(1);
  });

  it('does not wait in a process the build script did not start (astro build, astro dev)', async () => {
    listenForModelFile(asProcess(fakeProcess({})));
    expect(await settled(modelFileReady())).toBe('ready');
    const withoutChannel = Object.assign(fakeProcess(), { send: undefined });
    listenForModelFile(asProcess(withoutChannel));
    expect(await settled(modelFileReady())).toBe('ready');
  });
});
