// Pure: text a person must be able to read exactly (policy keys and values in errors, Markdown),
// with every invisible or line-breaking character shown as an escape instead of acting.

/** Line breaks, C0/C1 controls, DEL, zero-width and bidi controls, line/paragraph separators. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Folds every invisible or line-breaking character to a visible escape: `a\nb`, `\u202E`. */
export function visible(s: string): string {
  return s.replace(
    INVISIBLE,
    (c) => NAMED[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
