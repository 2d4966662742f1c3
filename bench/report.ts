/**
 * The benchmark report as Markdown (`docs/benchmarks.md`): the table per size, where the build's
 * time goes, growth per measure, the targets, and the machine. Pure.
 *
 * The report is regenerated on every run. Hand-written notes survive between the markers
 * `<!-- notes -->` and `<!-- /notes -->`: {@link formatBenchReport} takes the previous file's
 * notes and puts them back.
 */
import { BUILD_STAGES } from './build-stages.ts';
import type { BenchResult, SizeResult } from './results.ts';
import { judgeTargets, marginalMs } from './targets.ts';

const NOTES_START = '<!-- notes -->';
const NOTES_END = '<!-- /notes -->';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number | null) =>
  bytes === null ? '–' : (bytes / 1024 ** 2).toFixed(bytes < 10 * 1024 ** 2 ? 2 : 0);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function table(head: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const align = head.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [head, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** The notes block of a previous report (markers included), or `null`. */
export function extractNotes(previous: string | null): string | null {
  if (!previous) return null;
  const start = previous.indexOf(NOTES_START);
  const end = previous.indexOf(NOTES_END);
  return start >= 0 && end > start ? previous.slice(start, end + NOTES_END.length) : null;
}

function resultsTable(sizes: readonly SizeResult[]): string {
  return table(
    [
      'Measures',
      'Pages',
      'check s',
      'build s',
      'floor s',
      'build ÷ floor',
      'build ms/measure',
      'check ms/measure',
      'peak MB build',
      'peak MB check',
      'output MB',
      'index MB',
      'index KB / 1,000 measures',
      'heaviest page KB (gzip)',
      'whole report KB (gzip, no budget)',
    ],
    sizes.map((r) => [
      int(r.measures),
      int(r.pages),
      s(r.checkMs),
      s(r.buildMs),
      s(r.floorMs),
      (r.buildMs / r.floorMs).toFixed(2),
      (r.buildMs / r.measures).toFixed(2),
      (r.checkMs / r.measures).toFixed(3),
      mb(r.buildPeakBytes),
      mb(r.checkPeakBytes),
      mb(r.outputBytes),
      mb(r.indexBytes),
      kb((r.indexBytes / r.measures) * 1000),
      r.heaviestPage ? `${kb(r.heaviestPage.total)} (${r.heaviestPage.page})` : '–',
      r.wholeReport ? kb(r.wholeReport.total) : '–',
    ]),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  );
}

function cpuTable(sizes: readonly SizeResult[]): string {
  return table(
    [
      'Measures',
      'check CPU s',
      'build CPU s',
      'floor CPU s',
      'CPU build ÷ floor',
      'build peak MB per process',
      'build peaks summed MB',
      'floor peak MB',
    ],
    sizes.map((r) => [
      int(r.measures),
      s(r.checkCpuMs),
      s(r.buildCpuMs),
      s(r.floorCpuMs),
      (r.buildCpuMs / r.floorCpuMs).toFixed(2),
      r.buildProcessPeaks.length > 0
        ? r.buildProcessPeaks
            .filter((p) => p.bytes >= 64 * 1024 ** 2)
            .map((p) => `${p.name} ${mb(p.bytes)}`)
            .join(', ')
        : '–',
      mb(r.buildPeakSumBytes),
      mb(r.floorPeakBytes),
    ]),
    [0, 1, 2, 3, 4, 6, 7],
  );
}

function stagesTable(sizes: readonly SizeResult[]): string {
  return table(
    ['Measures', ...BUILD_STAGES.map((st) => `${st} s`), 'rest s', 'build s'],
    sizes.map((r) => {
      const known = BUILD_STAGES.reduce((sum, st) => sum + (r.stages[st] ?? 0), 0);
      return [
        int(r.measures),
        ...BUILD_STAGES.map((st) => (r.stages[st] === undefined ? '–' : s(r.stages[st]))),
        s(Math.max(0, r.buildMs - known)),
        s(r.buildMs),
      ];
    }),
    [0, 1, 2, 3, 4, 5, 6, 7],
  );
}

function growthTable(sizes: readonly SizeResult[]): string {
  const rows: string[][] = [];
  for (let i = 1; i < sizes.length; i += 1) {
    const a = sizes[i - 1] as SizeResult;
    const b = sizes[i] as SizeResult;
    rows.push([
      `${int(a.measures)} → ${int(b.measures)}`,
      marginalMs(a, b, (x) => x.checkMs).toFixed(3),
      marginalMs(a, b, (x) => x.checkCpuMs).toFixed(3),
      marginalMs(a, b, (x) => x.buildMs).toFixed(2),
      marginalMs(a, b, (x) => x.buildCpuMs).toFixed(2),
      marginalMs(a, b, (x) => x.floorMs).toFixed(2),
      marginalMs(a, b, (x) => x.floorCpuMs).toFixed(2),
      ((b.pages - a.pages) / (b.measures - a.measures)).toFixed(2),
    ]);
  }
  return table(
    ['Sizes', 'check ms', 'check CPU ms', 'build ms', 'build CPU ms', 'floor ms', 'floor CPU ms', 'pages'],
    rows,
    [1, 2, 3, 4, 5, 6, 7],
  );
}

/** The whole report. `previous` is the file's old content, whose notes are kept. */
export function formatBenchReport(result: BenchResult, previous: string | null = null): string {
  const m = result.machine;
  const verdicts = judgeTargets(result);
  const notes = extractNotes(previous) ?? `${NOTES_START}\n${NOTES_END}`;
  const lines: string[] = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench\` on ${result.date.slice(0, 10)} (${result.runs} ${result.runs === 1 ? 'run' : 'runs'} per measurement, medians). ` +
      'Regenerate it rather than editing it; notes between the notes markers below are kept.',
    '',
    '## Targets',
    '',
    table(
      ['Target', 'Measured', 'Met'],
      verdicts.map((v) => [v.target, v.measured, v.met === null ? '–' : v.met ? 'yes' : '**no**']),
    ),
    '',
    '## Results',
    '',
    resultsTable(result.sizes),
    '',
    "- **check**, **build**: wall time of `node scripts/check.ts` and `node scripts/build.ts` (the office's commands), from start to exit, with Node's start-up.",
    '- **floor**: a bare Astro site (`bench/floor/`) with as many trivial pages plus a Pagefind index, built with the same Node, Astro build call and Pagefind.',
    '- **peak MB**: the largest resident memory of any one process of the run (the script, the Astro child, Pagefind).',
    '- **heaviest page**: HTML plus the CSS and JS it loads up front, each gzip-compressed; the search index loads on demand and is not counted. Every page but one must stay within 14 KB.',
    '- **whole report**: the same for `/bericht/gesamt/`, the whole Stadtentwicklungsbericht on one page for printing. It grows with the measures and is exempt from the 14 KB budget: nobody lands on it, it is opened from the report to be printed, and it is kept out of search engines and the site search.',
    '',
    '## CPU time and memory per process',
    '',
    'CPU time is user plus system time of all processes of a run (medians). It hardly changes when other work shares the machine, so on a busy machine it is the steadier comparison.',
    "The summed peaks add each process's own peak, an upper bound for what the build needs at one moment (the build script waits while the Astro process and Pagefind run).",
    '',
    cpuTable(result.sizes),
    '',
    "## Where the build's time goes",
    '',
    'Median stage times as `npm run build` prints them. *rest* is Node start-up, comparing with the last publication, writing the model file and the check report; Astro starts meanwhile, while the data is read and checked.',
    '',
    stagesTable(result.sizes),
    '',
    '## Growth',
    '',
    'Cost of each additional measure between two sizes, wall and CPU time (a constant start-up cost drops out). The linearity targets use CPU time.',
    '',
    growthTable(result.sizes),
    '',
    '## Filtering the overview in the browser',
    '',
    result.filtering
      ? `\`/massnahmen/\` with ${int(result.filtering.measures)} measures in headless Chromium: ${result.filtering.interactions} interactions ` +
        '(choosing a filter value and waiting until the result count and the rows are updated and laid out), ' +
        `median **${result.filtering.medianMs.toFixed(1)} ms**, fastest ${result.filtering.minMs.toFixed(1)} ms, slowest ${result.filtering.maxMs.toFixed(1)} ms` +
        (result.filtering.readyMs === null
          ? '.'
          : `; filters usable ${int(result.filtering.readyMs)} ms after navigation started.`)
      : `Not measured: ${result.filteringNote ?? 'skipped'}.`,
    '',
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['CPU', m.cpu],
        ['Cores', String(m.cores)],
        ['Memory', `${(m.memoryBytes / 1024 ** 3).toFixed(1)} GB`],
        ['System', m.os],
        ['Node', m.node],
        [
          'Load average (1 min) during the run',
          `${result.load.min.toFixed(2)} lowest, ${result.load.median.toFixed(2)} median, ${result.load.max.toFixed(2)} highest`,
        ],
        ['Benchmark duration', `${(result.totalMs / 60_000).toFixed(1)} min`],
      ],
    ),
    '',
    'A load average above the number of cores means other work shared the machine: times are then longer than on an idle machine.',
    '',
    '## Notes',
    '',
    notes,
    '',
  ];
  return lines.join('\n');
}
