// Pure: user-supplied text (policy keys and values, git and GitHub strings, error messages) put
// into Markdown so it renders literally. Nothing it returns can start a line, a heading, a link,
// an autolink, emphasis or an HTML tag: control characters and line breaks become visible escapes
// (`\n`, `\u202E`), and the punctuation that opens structure is backslash-escaped (CommonMark
// allows that for any ASCII punctuation; GitHub then cannot see `www.`, `://` or `@` to autolink).

import { visible } from '../policy/visible.js';

/**
 * Literal text inside Markdown prose or a table cell, on one line. Escaped: every character that
 * opens inline structure (emphasis, code, links, images, HTML, entities, table cells, strikethrough),
 * the autolink triggers (`@`, the `:` of `://`, the `.` of `www.`), and a block marker at the start.
 */
export function mdText(s: string): string {
  return (
    visible(s)
      .replace(/[\\`*_~[\]<>&|#@]|:(?=\/)|(?<=[Ww]{3})\./g, (c) => `\\${c}`)
      .replace(/^[-+=]|^(\d+)([.)])/, (m, digits?: string, mark?: string) =>
        digits === undefined ? `\\${m}` : `${digits}\\${mark}`,
      )
      // spaces at either end would start a code block or break the emphasis wrapped around the text
      .replace(/^\p{Zs}+|\p{Zs}+$/gu, (spaces) =>
        [...spaces].map((c) => `&#x${(c.codePointAt(0) ?? 32).toString(16)};`).join(''),
      )
  );
}

/** An inline code span holding `s` literally, on one line; no backtick run inside can close it. */
export function mdCode(s: string): string {
  const text = visible(s);
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // a space on both sides when the text starts or ends with a backtick or space (CommonMark strips one)
  if (text === '') return '` `'; // a code span cannot be empty: one space
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Literal text inside raw HTML (a `<summary>` line), where Markdown escapes do not apply. */
export function htmlText(s: string): string {
  const map: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return visible(s).replace(/[&<>"']/g, (c) => map[c]);
}

/** A value inside an HTML comment (the sticky-comment markers): safe names stay as they are. */
export function commentSafe(s: string): string {
  return visible(s).replace(/[^A-Za-z0-9._/:@+=~ -]|--/g, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}
