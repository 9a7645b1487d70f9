// Markdown safety for user strings in PR comments, check runs and notes (contract 1; i9 owns the
// final version). mdText renders a string literally; mdCode makes an inline code span that cannot
// be broken out of. Both fold control characters and newlines to visible escapes, on one line.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function fold(s: string): string {
  return s.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text that renders literally: Markdown punctuation backslash-escaped, HTML as entities. */
export function mdText(s: string): string {
  return fold(s)
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An inline code span whose fence is longer than any backtick run inside it. */
export function mdCode(s: string): string {
  const text = fold(s);
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.trim() === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
