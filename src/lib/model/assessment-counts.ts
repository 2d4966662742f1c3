/** Counting indicators by assessment category, for the roll-ups of goals and product areas. */
import { ASSESSMENTS, type Assessment, type AssessmentCounts } from '../schemas/indicator.ts';

/**
 * Counts the given assessment categories: every category is present, 0 when none. The roll-up
 * is a count, never an average, since different indicators have nothing in common to average.
 */
export function countAssessments(categories: Iterable<Assessment>): AssessmentCounts {
  const counts = Object.fromEntries(ASSESSMENTS.map((a) => [a, 0])) as Record<Assessment, number>;
  for (const c of categories) counts[c] += 1;
  return counts;
}
