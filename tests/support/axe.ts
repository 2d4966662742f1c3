/**
 * Test support: run axe-core in a Playwright page and report its findings in a form that reads
 * well in a failed assertion.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG levels BITV 2.0 requires (WCAG 2.1 AA), plus the new AA rules of WCAG 2.2. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** What one axe run found. */
export interface AxeFindings {
  /** One line per violating element: rule, impact, element, axe's summary. Empty when clean. */
  readonly violations: string[];
  /**
   * Rendered status badges (`.isek-status`) and SDG tiles (`.isek-sdg`) on the page, and how many of them axe's
   * `color-contrast` rule checked and passed (the badge itself or the text inside it).
   */
  readonly contrast: {
    readonly badges: number;
    readonly badgesPassed: number;
    readonly tiles: number;
    readonly tilesPassed: number;
  };
}

/**
 * Injects axe-core (through the DevTools protocol, so a page's own CSP does not stop it) and runs
 * the WCAG rules on the whole document.
 */
export async function runAxe(page: Page): Promise<AxeFindings> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const api = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await api.run(document, { runOnly: { type: 'tag', values: [...tags] } });
    const violations = result.violations.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact ?? '?'}) ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help} ${n.html.slice(0, 160)}`,
      ),
    );
    const contrastRule = result.passes.find((p) => p.id === 'color-contrast');
    const passed = new Set<Element>();
    for (const node of contrastRule?.nodes ?? []) {
      const selector = node.target[0];
      if (typeof selector !== 'string') continue;
      const element = document.querySelector(selector);
      if (element) passed.add(element);
    }
    const coveredBy = (container: Element) => passed.has(container) || [...passed].some((e) => container.contains(e));
    // Only what is rendered: axe rightly skips badges in rows a filter has hidden.
    const rendered = (e: Element) => e.getClientRects().length > 0;
    const badges = [...document.querySelectorAll('.isek-status')].filter(rendered);
    const tiles = [...document.querySelectorAll('.isek-sdg')].filter(rendered);
    return {
      violations,
      contrast: {
        badges: badges.length,
        badgesPassed: badges.filter(coveredBy).length,
        tiles: tiles.length,
        tilesPassed: tiles.filter(coveredBy).length,
      },
    };
  }, WCAG_TAGS);
}
