/**
 * Runs one command as a child process of this same Node and measures it: wall time from spawn to
 * exit, and the peak resident memory and CPU time of every process it started. CPU time does not
 * grow when other work shares the machine, so it complements the wall time on a busy machine.
 *
 * Memory and CPU come from two sources, and the larger wins per process:
 * - each Node process reports `process.resourceUsage()` at exit (see `memory-hook.ts`);
 * - on Linux, `/proc/<pid>/status` (`VmHWM`, the peak so far) and `/proc/<pid>/stat` (CPU
 *   ticks) of every descendant are sampled while the command runs, which also covers programs
 *   that are not Node (Pagefind's binary).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const HOOK = pathToFileURL(path.join(import.meta.dirname, 'memory-hook.ts')).href;

/** The outcome of one measured run. */
export interface TimedRun {
  /** Wall time in milliseconds. */
  readonly ms: number;
  /** Exit code (`null` if killed by a signal). */
  readonly code: number | null;
  /** Everything it printed to stdout and stderr, in order of arrival per stream. */
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory of the largest single process, in bytes (`null` when unknown). */
  readonly peakRssBytes: number | null;
  /** User plus system CPU time of all its processes, in ms. */
  readonly cpuMs: number;
  /** Per process, largest peak first: the script (or program), its peak in bytes and CPU ms. */
  readonly processes: readonly { readonly name: string; readonly peakRssBytes: number; readonly cpuMs: number }[];
}

/** What is known about one process of the run. */
interface ProcessStats {
  name: string;
  bytes: number;
  cpuMs: number;
}

/** Linux's clock ticks per second for `/proc/<pid>/stat` times (`getconf CLK_TCK`, 100 everywhere in practice). */
const TICKS_PER_SECOND = 100;

/** What to run. */
export interface TimedCommand {
  /** Arguments after `process.execPath`: the script and its options. */
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** How often to sample `/proc` in milliseconds (default 500: often enough for long-lived processes, cheap). */
  readonly sampleMs?: number;
}

/** Fields of `/proc/<pid>/stat` after the parenthesised name (field 3 on, 0-based here). */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** One look at `/proc`: peak memory and CPU time so far of every descendant of `root`. */
async function sampleTree(root: number, peaks: Map<number, ProcessStats>): Promise<void> {
  const pids = (await readdir('/proc')).filter((p) => /^\d+$/.test(p)).map(Number);
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
      if (!stat) return;
      const fields = statFields(stat);
      parent.set(pid, Number(fields[1]));
      // utime and stime: fields 14 and 15 of the whole line.
      cpu.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    }),
  );
  const inTree = (pid: number): boolean => {
    for (
      let p: number | undefined = pid, depth = 0;
      p !== undefined && p > 1 && depth < 64;
      p = parent.get(p), depth += 1
    ) {
      if (p === root) return true;
    }
    return false;
  };
  await Promise.all(
    [...parent.keys()].filter(inTree).map(async (pid) => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
      const hwm = status ? /^VmHWM:\s+(\d+)\s+kB/m.exec(status) : null;
      if (!hwm) return;
      const name = /^Name:\s+(.*)$/m.exec(status ?? '')?.[1] ?? String(pid);
      const before = peaks.get(pid);
      peaks.set(pid, {
        name,
        bytes: Math.max(Number(hwm[1]) * 1024, before?.bytes ?? 0),
        cpuMs: Math.max(cpu.get(pid) ?? 0, before?.cpuMs ?? 0),
      });
    }),
  );
}

/** Runs the command and measures it. Never throws for a non-zero exit: the caller decides. */
export async function runTimed(command: TimedCommand): Promise<TimedRun> {
  const work = await mkdtemp(path.join(tmpdir(), 'isek-bench-mem-'));
  const memoryFile = path.join(work, 'memory.jsonl');
  const env: NodeJS.ProcessEnv = {
    ...(command.env ?? process.env),
    ISEK_BENCH_MEMORY_FILE: memoryFile,
    NODE_OPTIONS: [command.env?.NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? '', `--import=${HOOK}`].join(' ').trim(),
  };
  const peaks = new Map<number, ProcessStats>();
  const start = performance.now();
  const child = spawn(process.execPath, command.args, { cwd: command.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  let sampling: Promise<void> = Promise.resolve();
  const timer =
    process.platform === 'linux' && child.pid !== undefined
      ? setInterval(() => {
          sampling = sampling.then(() => sampleTree(child.pid as number, peaks)).catch(() => undefined);
        }, command.sampleMs ?? 500)
      : undefined;
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  const ms = performance.now() - start;
  if (timer) clearInterval(timer);
  await sampling;

  const reported = (await readFile(memoryFile, 'utf8').catch(() => ''))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { pid: number; script: string; maxRssBytes: number; cpuMs: number });
  await rm(work, { recursive: true, force: true });
  const byPid = new Map<number, ProcessStats>(peaks);
  for (const r of reported) {
    const sampled = byPid.get(r.pid);
    byPid.set(r.pid, {
      // The script's name says more than the thread name `/proc` knows the process by.
      name: r.script ? path.basename(r.script) : 'node',
      bytes: Math.max(r.maxRssBytes, sampled?.bytes ?? 0),
      cpuMs: Math.max(r.cpuMs, sampled?.cpuMs ?? 0),
    });
  }
  const processes = [...byPid.values()]
    .sort((a, b) => b.bytes - a.bytes)
    .map((p) => ({ name: p.name, peakRssBytes: p.bytes, cpuMs: p.cpuMs }));
  return {
    ms,
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    peakRssBytes: processes[0]?.peakRssBytes ?? null,
    cpuMs: processes.reduce((sum, p) => sum + p.cpuMs, 0),
    processes,
  };
}
