/**
 * Every component example (`src/components/examples/`), rendered with Astro's container API and
 * styled with the site's CSS and default theme, passes axe-core's WCAG rules in Chromium, in the
 * manner of GOV.UK Frontend's accessibility test of its examples. Pages check the components in
 * context (`accessibility.test.ts`); this checks each variant alone, including ones the sample
 * data does not happen to show. Components that read the model themselves read the examples'
 * model file (`ISEK_MODEL_FILE`, set for this file only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_EXAMPLES } from '../../src/components/examples/index.ts';
import { useExampleModel } from '../../src/components/examples/model.ts';
import { escapeHtml } from '../../src/lib/common/escape-html.ts';
import { settingsSchema } from '../../src/lib/schemas/settings.ts';
import { themeCss } from '../../src/utils/theme.ts';
import { runAxe } from '../support/axe.ts';
import { findChromium, launchChromium, NO_CHROMIUM } from '../support/browser.ts';

const chromium = findChromium();
if (!chromium) console.warn(NO_CHROMIUM);

const SRC = path.resolve(import.meta.dirname, '../../src');

/** The site's stylesheets: global rules and the shared sheets, every component's own file, the default theme. */
function siteCss(): string {
  const sheets = (folder: string) =>
    readdirSync(path.join(SRC, folder))
      .filter((f) => f.endsWith('.css'))
      .sort()
      .map((f) => readFileSync(path.join(SRC, folder, f), 'utf8'));
  // global.css first, as every page loads it before the rest.
  const styles = sheets('styles');
  const global = readFileSync(path.join(SRC, 'styles/global.css'), 'utf8');
  return [
    global,
    ...styles.filter((s) => s !== global),
    ...sheets('components'),
    themeCss(settingsSchema.parse({})),
  ].join('\n');
}

describe.skipIf(!chromium)('component examples in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let container: AstroContainer;
  let restoreModel: (() => void) | undefined;
  const css = siteCss();

  beforeAll(async () => {
    restoreModel = useExampleModel();
    browser = await launchChromium();
    page = await browser.newPage();
    container = await AstroContainer.create();
  });
  afterAll(async () => {
    restoreModel?.();
    await browser?.close();
  });

  it.each(COMPONENT_EXAMPLES)('$name: every example passes axe', async ({ name, component, examples, frame }) => {
    const sections: string[] = [];
    for (const example of examples) {
      const html = await container.renderToString(component, {
        props: { ...example.props },
        slots: example.slots ?? {},
      });
      sections.push(`<section><h2>${escapeHtml(example.name)}</h2>${frame ? frame(html) : html}</section>`);
    }
    await page.setContent(
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Beispiele: ${name}</title></head>` +
        `<body><main><h1>${name}</h1>${sections.join('')}</main></body></html>`,
    );
    await page.addStyleTag({ content: css });
    const { violations, contrast } = await runAxe(page);
    expect(violations).toEqual([]);
    // The contrast of every status tag and SDG tile was really measured, not skipped.
    expect(contrast.badgesPassed).toBe(contrast.badges);
    expect(contrast.tilesPassed).toBe(contrast.tiles);
    expect(sections).toHaveLength(examples.length);
  });
});
