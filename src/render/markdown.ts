// Markdown safety for user-supplied text (contract 1; the same exports as i9's module).
// mdText: renders literally (Markdown and HTML escaped, control characters shown as escapes).
// mdCode: an inline code span that no content can break out of, on one line.

/** Control characters and line breaks as visible escapes (`\n`, `\u0007`). */
function foldControls(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export function mdText(s: string): string {
  return foldControls(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~"']/g, (c) => `\\${c}`);
}

export function mdCode(s: string): string {
  const text = foldControls(s);
  // a fence longer than any backtick run inside; spaces keep leading/trailing backticks apart
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${text} ${fence}`;
}
