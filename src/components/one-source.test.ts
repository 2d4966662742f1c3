/**
 * Each component below is a thin wrapper around a string function that the measure page and the
 * overview's rows call directly: rendered with Astro's container API, every example of the
 * component must give exactly the function's string (no added white space, attributes or
 * comments, and Astro's escaping agrees with ours).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_EXAMPLES } from './examples/index.ts';
import { dateHtml, fieldRowHtml, goalChainHtml, progressHtml, sdgListHtml, sdgTileHtml } from '../utils/field-html.ts';
import { goalChainLinks } from '../utils/goal-chain.ts';
import { statusTagHtml } from '../client/status-tag.ts';
import { measureRowHtml } from '../client/measure-row.ts';
import { SITE_TEXT } from '../lib/i18n/de.ts';
import StatusTag from './StatusTag.astro';

// The examples' props, as each component's `Props` declares them.
type AnyProps = any;
const SOURCES: Record<string, (props: AnyProps, slots: Readonly<Record<string, string>>) => string> = {
  DateText: (p) => dateHtml(p.date, p.long ?? false),
  DefinitionItem: (p, slots) => fieldRowHtml(p.term, slots.default ?? ''),
  GoalChain: (p) => goalChainHtml(goalChainLinks(p.productArea, p.goals, p.current)),
  ProgressBar: (p) => progressHtml(p.value, SITE_TEXT.noValue),
  SdgList: (p) => sdgListHtml(p.numbers, SITE_TEXT.sdgPrefix),
  SdgTile: (p) => sdgTileHtml(p.number, SITE_TEXT.sdgPrefix, p.href),
  StatusTag: (p) => statusTagHtml(p.status, p.label),
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const WITH_SOURCE = COMPONENT_EXAMPLES.filter(({ name }) => name in SOURCES);

it('has examples for every component with a string function', () => {
  expect(WITH_SOURCE.map(({ name }) => name)).toEqual(Object.keys(SOURCES));
});

describe.each(WITH_SOURCE)('$name renders its string function', ({ name, component, examples }) => {
  it.each(examples)('$name', async (example) => {
    const source = SOURCES[name];
    const slots = example.slots ?? {};
    const html = await container.renderToString(component, { props: { ...example.props }, slots });
    expect(html).toBe(source!(example.props, slots));
  });
});

describe('the overview row', () => {
  it('has the StatusTag component’s markup in its status cell', async () => {
    const tag = await container.renderToString(StatusTag, { props: { status: 'in-progress', label: 'in Umsetzung' } });
    const row = measureRowHtml({
      nr: '1',
      href: '/massnahmen/1/',
      title: 'T',
      status: 'in-progress',
      statusLabel: 'in Umsetzung',
      progress: null,
      delayedEnd: null,
      end: null,
      districts: [],
      costs: null,
      lead: '61',
      stand: null,
    });
    expect(row).toContain(`<td data-label="Status">${tag}</td>`);
  });
});
