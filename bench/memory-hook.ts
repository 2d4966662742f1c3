/**
 * Preloaded into every Node process of a measured run (`NODE_OPTIONS=--import=…`, which child
 * processes inherit): at exit, appends the process's peak resident memory and CPU time to the
 * file named by `ISEK_BENCH_MEMORY_FILE`. Portable (no `/usr/bin/time`), and it sees the Astro
 * child process the build script starts.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.ISEK_BENCH_MEMORY_FILE;
if (file) {
  process.on('exit', () => {
    // `maxRSS` is in kilobytes, CPU times in microseconds.
    const usage = process.resourceUsage();
    const record = {
      pid: process.pid,
      script: process.argv[1] ?? '',
      maxRssBytes: usage.maxRSS * 1024,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    };
    appendFileSync(file, `${JSON.stringify(record)}\n`);
  });
}
