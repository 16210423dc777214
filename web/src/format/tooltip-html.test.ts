import { describe, expect, it } from 'vitest';
import { escapeHtml, tooltipHtml } from './tooltip-html.ts';

describe('chart tooltips as HTML', () => {
  it('escapes the words', () => {
    expect(escapeHtml(`a&b"'`)).toBe('a&amp;b&quot;&#39;');
    expect(escapeHtml('<b>')).toBe('&lt;b&gt;');
  });
  it('puts the first line in bold and one line under another', () => {
    expect(tooltipHtml(['<name>', 'a & b', 'c'])).toBe('<b>&lt;name&gt;</b><br/>a &amp; b<br/>c');
    expect(tooltipHtml([])).toBe('<b></b>');
  });
});
