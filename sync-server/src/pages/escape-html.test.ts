// Runs in tests. The escaping every page relies on.
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonForScript } from './escape-html.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('plain text, ünïcödé')).toBe('plain text, ünïcödé');
  });
});

describe('html', () => {
  it('escapes interpolated text but keeps nested templates as markup', () => {
    const name = '<script>alert(1)</script>';
    const inner = html`<b>${name}</b>`;
    expect(html`<p title="${name}">${inner}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;"><b>&lt;script&gt;alert(1)&lt;/script&gt;</b></p>',
    );
  });

  it('joins arrays and drops false, null and undefined', () => {
    expect(html`${['<', html`<i>`, 1]}${false}${null}${undefined}`.markup).toBe('&lt;<i>1');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element or start a comment, and still parses back', () => {
    const value = { name: '</script><script>alert(1)</script>', note: '<!-- & -->', line: 'a\u2028b' };
    const json = jsonForScript(value).markup;
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
