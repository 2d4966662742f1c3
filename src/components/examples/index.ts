/**
 * Every component with examples, for the tests that render them with Astro's container API
 * (`src/components/one-source.test.ts`, `tests/browser/component-examples.test.ts`). Needs
 * Astro's Vite plugins to import: only the `components` and `browser` test projects load it.
 * Components that read the site's model themselves need the examples' model while they render:
 * call `useExampleModel()` (`model.ts`) first.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import AccessLinks from '../AccessLinks.astro';
import AchievementArea from '../AchievementArea.astro';
import AssessmentCounts from '../AssessmentCounts.astro';
import AssessmentTag from '../AssessmentTag.astro';
import BackLink from '../BackLink.astro';
import Breadcrumbs from '../Breadcrumbs.astro';
import ChangeList from '../ChangeList.astro';
import ContactCard from '../ContactCard.astro';
import DataNotice from '../DataNotice.astro';
import DateText from '../DateText.astro';
import DefinitionItem from '../DefinitionItem.astro';
import DefinitionList from '../DefinitionList.astro';
import DelayRule from '../DelayRule.astro';
import GoalChain from '../GoalChain.astro';
import GoalIndicators from '../GoalIndicators.astro';
import GoalLinkList from '../GoalLinkList.astro';
import GoalTree from '../GoalTree.astro';
import IndicatorChart from '../IndicatorChart.astro';
import IndicatorTable from '../IndicatorTable.astro';
import MeasureFilter from '../MeasureFilter.astro';
import MeasureList from '../MeasureList.astro';
import MeasureTable from '../MeasureTable.astro';
import MoneyRule from '../MoneyRule.astro';
import MoneySummary from '../MoneySummary.astro';
import PageHeading from '../PageHeading.astro';
import Pagination from '../Pagination.astro';
import ProgressBar from '../ProgressBar.astro';
import ScrollTable from '../ScrollTable.astro';
import SdgList from '../SdgList.astro';
import SdgTile from '../SdgTile.astro';
import SearchHelp from '../SearchHelp.astro';
import SiteFooter from '../SiteFooter.astro';
import SiteHeader from '../SiteHeader.astro';
import Sparkline from '../Sparkline.astro';
import StatusBarChart from '../StatusBarChart.astro';
import StatusCountRows from '../StatusCountRows.astro';
import StatusSummary from '../StatusSummary.astro';
import StatusTag from '../StatusTag.astro';
import type { ComponentExample } from './types.ts';
import { examples as accessLinks } from './AccessLinks.examples.ts';
import { examples as achievementArea } from './AchievementArea.examples.ts';
import { examples as assessmentCounts } from './AssessmentCounts.examples.ts';
import { examples as assessmentTag } from './AssessmentTag.examples.ts';
import { examples as backLink } from './BackLink.examples.ts';
import { examples as breadcrumbs } from './Breadcrumbs.examples.ts';
import { examples as changeList } from './ChangeList.examples.ts';
import { examples as contactCard } from './ContactCard.examples.ts';
import { examples as dataNotice } from './DataNotice.examples.ts';
import { examples as dateText } from './DateText.examples.ts';
import { examples as definitionItem } from './DefinitionItem.examples.ts';
import { examples as definitionList } from './DefinitionList.examples.ts';
import { examples as delayRule } from './DelayRule.examples.ts';
import { examples as goalChain } from './GoalChain.examples.ts';
import { examples as goalIndicators } from './GoalIndicators.examples.ts';
import { examples as goalLinkList } from './GoalLinkList.examples.ts';
import { examples as goalTree } from './GoalTree.examples.ts';
import { examples as indicatorChart } from './IndicatorChart.examples.ts';
import { examples as indicatorTable } from './IndicatorTable.examples.ts';
import { examples as measureFilter } from './MeasureFilter.examples.ts';
import { examples as measureList } from './MeasureList.examples.ts';
import { examples as measureTable } from './MeasureTable.examples.ts';
import { examples as moneyRule } from './MoneyRule.examples.ts';
import { examples as moneySummary } from './MoneySummary.examples.ts';
import { examples as pageHeading } from './PageHeading.examples.ts';
import { examples as pagination } from './Pagination.examples.ts';
import { examples as progressBar } from './ProgressBar.examples.ts';
import { examples as scrollTable } from './ScrollTable.examples.ts';
import { examples as sdgList } from './SdgList.examples.ts';
import { examples as sdgTile } from './SdgTile.examples.ts';
import { examples as searchHelp } from './SearchHelp.examples.ts';
import { examples as siteFooter } from './SiteFooter.examples.ts';
import { examples as siteHeader } from './SiteHeader.examples.ts';
import { examples as sparkline } from './Sparkline.examples.ts';
import { examples as statusBarChart } from './StatusBarChart.examples.ts';
import { examples as statusCountRows } from './StatusCountRows.examples.ts';
import { examples as statusSummary } from './StatusSummary.examples.ts';
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
  { name: 'AccessLinks', component: AccessLinks, examples: accessLinks },
  { name: 'AchievementArea', component: AchievementArea, examples: achievementArea },
  { name: 'AssessmentCounts', component: AssessmentCounts, examples: assessmentCounts },
  { name: 'AssessmentTag', component: AssessmentTag, examples: assessmentTag },
  { name: 'BackLink', component: BackLink, examples: backLink },
  { name: 'Breadcrumbs', component: Breadcrumbs, examples: breadcrumbs },
  { name: 'ChangeList', component: ChangeList, examples: changeList },
  { name: 'ContactCard', component: ContactCard, examples: contactCard },
  { name: 'DataNotice', component: DataNotice, examples: dataNotice },
  { name: 'DateText', component: DateText, examples: dateText },
  {
    name: 'DefinitionItem',
    component: DefinitionItem,
    examples: definitionItem,
    frame: (html) => `<dl class="isek-fields">${html}</dl>`,
  },
  { name: 'DefinitionList', component: DefinitionList, examples: definitionList },
  { name: 'DelayRule', component: DelayRule, examples: delayRule },
  { name: 'GoalChain', component: GoalChain, examples: goalChain },
  { name: 'GoalIndicators', component: GoalIndicators, examples: goalIndicators },
  { name: 'GoalLinkList', component: GoalLinkList, examples: goalLinkList },
  { name: 'GoalTree', component: GoalTree, examples: goalTree },
  { name: 'IndicatorChart', component: IndicatorChart, examples: indicatorChart },
  { name: 'IndicatorTable', component: IndicatorTable, examples: indicatorTable },
  {
    name: 'MeasureFilter',
    component: MeasureFilter,
    examples: measureFilter,
    // The form is `hidden` until CSS shows it with scripting (`MeasureOverview`'s styles, not
    // loaded here); shown, so that axe checks its fields.
    frame: (html) => html.replace(/(<form\b[^>]*?) hidden(?=[\s>])/, '$1'),
  },
  { name: 'MeasureList', component: MeasureList, examples: measureList },
  { name: 'MeasureTable', component: MeasureTable, examples: measureTable },
  { name: 'MoneyRule', component: MoneyRule, examples: moneyRule },
  { name: 'MoneySummary', component: MoneySummary, examples: moneySummary },
  { name: 'PageHeading', component: PageHeading, examples: pageHeading },
  { name: 'Pagination', component: Pagination, examples: pagination },
  { name: 'ProgressBar', component: ProgressBar, examples: progressBar },
  { name: 'ScrollTable', component: ScrollTable, examples: scrollTable },
  { name: 'SdgList', component: SdgList, examples: sdgList },
  { name: 'SdgTile', component: SdgTile, examples: sdgTile },
  { name: 'SearchHelp', component: SearchHelp, examples: searchHelp },
  { name: 'SiteFooter', component: SiteFooter, examples: siteFooter },
  { name: 'SiteHeader', component: SiteHeader, examples: siteHeader },
  { name: 'Sparkline', component: Sparkline, examples: sparkline },
  { name: 'StatusBarChart', component: StatusBarChart, examples: statusBarChart },
  {
    name: 'StatusCountRows',
    component: StatusCountRows,
    examples: statusCountRows,
    frame: (html) => `<table><caption>Maßnahmen nach Status</caption><tbody>${html}</tbody></table>`,
  },
  { name: 'StatusSummary', component: StatusSummary, examples: statusSummary },
  { name: 'StatusTag', component: StatusTag, examples: statusTag },
];
