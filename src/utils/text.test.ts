import { describe, expect, it } from 'vitest';
import { excerpt } from './text.ts';

describe('excerpt', () => {
  it('keeps short text, with white space collapsed', () => {
    expect(excerpt('  Der Platz\n wird  umgebaut. ')).toBe('Der Platz wird umgebaut.');
  });

  it('cuts long text at a word boundary and adds …', () => {
    const result = excerpt('Der Platz wird barrierefrei umgebaut, mit neuen Bäumen.', 30);
    expect(result).toBe('Der Platz wird barrierefrei…');
    expect(result.length).toBeLessThanOrEqual(30);
  });

  it('cuts inside a very long word when there is no boundary', () => {
    expect(excerpt('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
