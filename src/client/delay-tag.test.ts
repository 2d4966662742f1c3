import { describe, expect, it } from 'vitest';
import { delayTagHtml, delayTagText } from './delay-tag.ts';
import { partialDateOf } from '../lib/common/partial-date-of.ts';

describe('the delay tag', () => {
  it('names the planned end at its own precision', () => {
    expect(delayTagText(partialDateOf('2026-06-30'))).toBe('verzögert (geplant bis 30.06.2026)');
    expect(delayTagText(partialDateOf('2026-06'))).toBe('verzögert (geplant bis Juni 2026)');
    expect(delayTagText(partialDateOf('2025'))).toBe('verzögert (geplant bis 2025)');
  });

  it('reads as the same text in HTML, the end as a part of its own', () => {
    const html = delayTagHtml(partialDateOf('2026-06'));
    expect(html).toBe(
      '<span class="isek-tag isek-tag--delayed">verzögert <span class="isek-tag__detail">(geplant bis Juni 2026)</span></span>',
    );
    expect(html.replace(/<[^>]+>/g, '')).toBe(delayTagText(partialDateOf('2026-06')));
  });
});
