/**
 * The model behind the examples of the components that read the site's model themselves
 * (`getModelIndex()`, `getIndicatorIndex()`, `getDistrictIndex()`): the small hand-written model
 * file `tests/fixtures/model.small.json`. The examples take their measures, goals and sums from
 * it, and the tests that render them point `ISEK_MODEL_FILE` at the same file
 * ({@link useExampleModel}), so the components' own look-ups (status labels, departments,
 * sub-goals, settings) agree with the props.
 */
import { fileURLToPath } from 'node:url';
import { MODEL_FILE_ENV, readModelFile } from '../../lib/model-file.ts';
import type { Goal } from '../../lib/schemas/goal.ts';
import type { Measure } from '../../lib/schemas/measure.ts';
import type { Status } from '../../lib/schemas/status.ts';
import { statusAppearance } from '../../utils/status.ts';

/** Absolute path of the model file the examples are written against. */
export const EXAMPLE_MODEL_FILE = fileURLToPath(new URL('../../../tests/fixtures/model.small.json', import.meta.url));

const { model, settings } = readModelFile(EXAMPLE_MODEL_FILE);

/** The model file's model and settings, as the components will read them. */
export const exampleModel = model;
export const exampleSettings = settings;

function byId<T extends { readonly id: string | number }>(kind: string, records: readonly T[], id: T['id']): T {
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`${kind} ${String(id)} is not in ${EXAMPLE_MODEL_FILE}`);
  return record;
}

/** A measure of the example model, by number. */
export const exampleMeasure = (id: string): Measure => byId('Measure', model.measures, id);

/** A goal of the example model, by number. */
export const exampleGoal = (id: string): Goal => byId('Goal', model.goals, id);

/** The measures of the example model with the given numbers, in that order. */
export const exampleMeasures = (...ids: string[]): Measure[] => ids.map(exampleMeasure);

/** The label a status has in the example model's settings, as the components show it. */
export const exampleStatusLabel = (status: Status): string => statusAppearance(status, settings.statuses).label;

/**
 * Points the model loaders at {@link EXAMPLE_MODEL_FILE} (call before anything renders a
 * model-reading component, e.g. in `beforeAll`); returns the function that restores the variable.
 */
export function useExampleModel(): () => void {
  const before = process.env[MODEL_FILE_ENV];
  process.env[MODEL_FILE_ENV] = EXAMPLE_MODEL_FILE;
  return () => {
    if (before === undefined) delete process.env[MODEL_FILE_ENV];
    else process.env[MODEL_FILE_ENV] = before;
  };
}
