/**
 * The machine a benchmark ran on, for the report: without it the numbers mean nothing.
 */
import os from 'node:os';

/** Processor, memory, system and Node of the benchmark machine. */
export interface MachineInfo {
  /** CPU model as the system names it. */
  readonly cpu: string;
  /** Logical cores. */
  readonly cores: number;
  /** Total memory in bytes. */
  readonly memoryBytes: number;
  /** Operating system and kernel, e.g. `Linux 6.1.0 (x64)`. */
  readonly os: string;
  /** `process.version` of the Node that ran the benchmark (and every child process). */
  readonly node: string;
  /** Load averages (1, 5, 15 minutes) when the benchmark started; zeros where unknown. */
  readonly loadAtStart: readonly number[];
}

/** Reads the machine's description. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    loadAtStart: os.loadavg(),
  };
}
