/**
 * Every component with examples, for the tests that render them with Astro's container API
 * (`src/components/one-source.test.ts`, `tests/browser/component-examples.test.ts`). Needs
 * Astro's Vite plugins to import: only the `components` and `browser` test projects load it.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import DateText from '../DateText.astro';
import DefinitionItem from '../DefinitionItem.astro';
import GoalChain from '../GoalChain.astro';
import ProgressBar from '../ProgressBar.astro';
import SdgList from '../SdgList.astro';
import SdgTile from '../SdgTile.astro';
import StatusTag from '../StatusTag.astro';
import type { ComponentExample } from './types.ts';
import { examples as dateText } from './DateText.examples.ts';
import { examples as definitionItem } from './DefinitionItem.examples.ts';
import { examples as goalChain } from './GoalChain.examples.ts';
import { examples as progressBar } from './ProgressBar.examples.ts';
import { examples as sdgList } from './SdgList.examples.ts';
import { examples as sdgTile } from './SdgTile.examples.ts';
import { examples as statusTag } from './StatusTag.examples.ts';

/** A component and its examples. */
export interface ExampledComponent {
  readonly name: string;
  readonly component: AstroComponentFactory;
  readonly examples: readonly ComponentExample<object>[];
  /** The markup an example needs around it to be valid HTML, e.g. a `<dl>` around a field. */
  readonly frame?: (html: string) => string;
}

export const COMPONENT_EXAMPLES: readonly ExampledComponent[] = [
  { name: 'DateText', component: DateText, examples: dateText },
  {
    name: 'DefinitionItem',
    component: DefinitionItem,
    examples: definitionItem,
    frame: (html) => `<dl class="isek-fields">${html}</dl>`,
  },
  { name: 'GoalChain', component: GoalChain, examples: goalChain },
  { name: 'ProgressBar', component: ProgressBar, examples: progressBar },
  { name: 'SdgList', component: SdgList, examples: sdgList },
  { name: 'SdgTile', component: SdgTile, examples: sdgTile },
  { name: 'StatusTag', component: StatusTag, examples: statusTag },
];
