// How deep a policy's text nests, found without parsing it: the YAML parser recurses, so a deep
// enough input would overflow its stack before any error could name a position.

/** A policy nests about 7 levels deep; far deeper input only exists to exhaust the parser's stack. */
export const MAX_DEPTH = 32;

/**
 * Offset where nesting first exceeds MAX_DEPTH, found without parsing (the parser recurses, so a
 * deep enough input would overflow its stack): block indentation levels, `- ` entries opened on
 * one line, and flow brackets outside quotes and comments. It may count a level too many inside a
 * block scalar, never too few for plain structure.
 */
export function tooDeep(text: string): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    let i = 0;
    if (quote === null && flow === 0) {
      const indent = /^ */.exec(line)![0].length;
      if (indent === line.length || line[indent] === '#') continue;
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      i = indent;
      if (indents.length > MAX_DEPTH) return start + i;
      while (/^[-?] /.test(line.slice(i))) {
        indents.push(i);
        if (indents.length > MAX_DEPTH) return start + i;
        i += 2;
        while (line[i] === ' ') i++;
      }
    }
    for (; i < line.length; i++) {
      const ch = line[i];
      if (quote === '"') {
        if (ch === '\\') i++;
        else if (ch === '"') quote = null;
      } else if (quote === "'") {
        if (ch === "'" && line[i + 1] === "'") i++;
        else if (ch === "'") quote = null;
      } else if (ch === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
        break;
      } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:]/.test(line[i - 1]))) {
        quote = ch;
      } else if (ch === '[' || ch === '{') {
        flow++;
        if (indents.length + flow > MAX_DEPTH) return start + i;
      } else if ((ch === ']' || ch === '}') && flow > 0) {
        flow--;
      }
    }
  }
  return undefined;
}
