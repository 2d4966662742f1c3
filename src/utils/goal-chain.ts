/**
 * The steps of a goal chain (Produktbereich › Oberziel › … › Ziel) with their addresses, for
 * `goalChainHtml`: the `GoalChain` component and the measure page build them the same way.
 */
import type { Goal } from '../lib/schemas/goal.ts';
import type { ProductArea } from '../lib/schemas/product-area.ts';
import { SITE_TEXT } from '../lib/i18n/de.ts';
import { pageUrl } from './base.ts';
import type { ChainLink } from './field-html.ts';

/** The product area (if any) and the goals, top-level goal first; the goal `current` is not linked. */
export function goalChainLinks(
  productArea: ProductArea | undefined,
  goals: readonly Goal[],
  current?: string,
): ChainLink[] {
  const links: ChainLink[] = goals.map((g) => ({
    href: g.id === current ? undefined : pageUrl('ziele', g.slug),
    text: `${g.id} ${g.title}`,
  }));
  if (productArea)
    links.unshift({
      href: pageUrl('produktbereiche', productArea.id),
      text: SITE_TEXT.productAreaLabel(productArea.id, productArea.name),
    });
  return links;
}
