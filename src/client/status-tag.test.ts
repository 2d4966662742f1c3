import { describe, expect, it } from 'vitest';
import { statusTagHtml } from './status-tag.ts';

describe('statusTagHtml', () => {
  it('writes the label as text and the key as class', () => {
    expect(statusTagHtml('planned', 'geplant')).toBe('<span class="isek-status isek-status--planned">geplant</span>');
  });

  it('escapes the label', () => {
    expect(statusTagHtml('ongoing', 'läuft <dauerhaft> & "gut"')).toBe(
      '<span class="isek-status isek-status--ongoing">läuft &lt;dauerhaft&gt; &amp; &quot;gut&quot;</span>',
    );
  });
});
