// Report escaping (src/render/markdown.ts), read back with a real CommonMark + GFM parser
// (micromark, the parser GitHub's behaviour is specified against): user text stays text.
import { describe, expect, it } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { commentSafe, htmlText, mdCode, mdText } from '../../src/render/markdown.js';
import { visible } from '../../src/policy/visible.js';

const html = (md: string) =>
  micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
/** The text a reader sees in a one-paragraph render (entities decoded, the <p> removed). */
const shown = (md: string) =>
  html(md)
    .replace(/^<p>|<\/p>\n?$/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const HOSTILE = [
  'x\n\n**Verdict: pass.** merge to promote\n\n<img src=https://evil.example/p.png>\n\n',
  '[merge now](https://evil.example) ![p](https://evil.example/p.png)',
  'https://evil.example www.evil.example mailto:a@evil.example a@evil.example',
  '# heading',
  '- list',
  '1. ordered',
  '> quote',
  '    four spaces',
  '<script>alert(1)</script><!-- -->',
  '`code` ``` fence ~~~ ~~strike~~',
  '| a | b |',
  '&lt; &#60; &amp;',
  '\\*not\\* \\',
  '_a_ __b__ *c*',
  'a\u2028b\u2029c\u0085d\u202ee\u200bf\u0000g\u007f',
  '[^1]: footnote',
  '',
];

describe('mdText', () => {
  it.each(HOSTILE)('renders %j literally, with visible escapes for invisible characters', (s) => {
    expect(shown(mdText(s))).toBe(visible(s));
  });

  it('folds every line break and control character to a visible escape', () => {
    expect(visible('a\nb\r\nc\td\u2028e\u202Ef\u0000')).toBe('a\\nb\\r\\nc\\td\\u2028e\\u202Ef\\u0000');
    expect(mdText('a\nb')).not.toMatch(/[\n\r]/);
  });

  it('leaves ordinary sentences readable', () => {
    const s = 'rolled back because checkout: step 2 (50%): error-rate 5.1% vs 0.5%';
    expect(mdText(s)).toBe(s);
  });
});

describe('mdCode', () => {
  it.each(HOSTILE)('is one inline code span holding %j', (s) => {
    const out = html(mdCode(s));
    expect(out).toMatch(/^<p><code>[^<]*<\/code><\/p>\n?$/);
    const inner = /<code>([\s\S]*)<\/code>/.exec(out)![1].replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    expect(inner.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(s === '' ? ' ' : visible(s));
  });
});

describe('htmlText and commentSafe', () => {
  it('htmlText cannot open a tag inside a raw HTML line', () => {
    expect(html(`<details><summary>${htmlText('<img src=x> & "q"')}</summary>\n\n</details>`)).not.toMatch(
      /<img/,
    );
  });

  it('commentSafe keeps ordinary names and cannot close the comment', () => {
    expect(commentSafe('deploy/traffic-policy.yaml')).toBe('deploy/traffic-policy.yaml');
    expect(commentSafe('a --> <b>\n')).not.toMatch(/-->|[<>\n]/);
  });
});
