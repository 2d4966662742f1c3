/**
 * Every text a person reads, in German, re-exported from the modules that own it (`de/`):
 * the domain's vocabulary, the diagnostics, the command line and build, the check report, the
 * site, the changes, open data, the development report, authoring, editable pages and search.
 * Code keeps English identifiers and asks these modules for the words; functions take the
 * variable parts, so word order stays natural German.
 */
export * from './de/domain.ts';
export * from './de/diagnostics.ts';
export * from './de/check-report.ts';
export * from './de/cli.ts';
export * from './de/site.ts';
export * from './de/changes.ts';
export * from './de/open-data.ts';
export * from './de/development-report.ts';
export * from './de/authoring.ts';
export * from './de/editable-pages.ts';
export * from './de/search.ts';
export * from './de/overview.ts';
export * from './de/filter-ui.ts';
export * from './de/indicators.ts';
