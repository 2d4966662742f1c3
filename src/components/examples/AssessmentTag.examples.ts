import { ASSESSMENTS, type Assessment } from '../../lib/schemas/indicator.ts';
import type { ComponentExample } from './types.ts';

/** Every category of the method, so each colour pair is measured for contrast. */
export const examples: ComponentExample<{ category: Assessment }>[] = ASSESSMENTS.map((category) => ({
  name: category,
  props: { category },
}));
