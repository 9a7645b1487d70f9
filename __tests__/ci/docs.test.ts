// The contributor docs stay true to the tree: every repository path docs/ARCHITECTURE.md and
// CONTRIBUTING.md name exists, their links and anchors resolve, the README links both, and every
// comment that cites a section of docs/ARCHITECTURE.md names a heading it has.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = process.cwd();
const DOCS = ['docs/ARCHITECTURE.md', 'CONTRIBUTING.md'];
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

/** `src/…`, `__tests__/…`, `fixtures/…`, `scripts/…`, `docs/…` as written (placeholders like `<policy>` end it). */
function repoPaths(text: string): string[] {
  const found = text.match(/(?<![\w/.-])(?:src|__tests__|fixtures|scripts|docs)\/[\w./-]*/g) ?? [];
  return [...new Set(found.map((p) => p.replace(/[.,]+$/, '')))];
}

/** GitHub's heading anchors: lower case, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const headings = (md: string) => [...md.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1].trim());

test('the path finder and the slugs can fail', () => {
  expect(repoPaths('see `src/render/haproxy.ts`, src/nope/ and fixtures/golden/<policy>/x.')).toEqual([
    'src/render/haproxy.ts',
    'src/nope/',
    'fixtures/golden/',
  ]);
  expect(existsSync(join(ROOT, 'src/nope'))).toBe(false);
  expect(slug('Metrics to verdict: metrics → analysis → verdict')).toBe(
    'metrics-to-verdict-metrics--analysis--verdict',
  );
  expect(slug("The judge's statistics")).toBe('the-judges-statistics');
});

test.each(DOCS)('every path %s names exists', (doc) => {
  const paths = repoPaths(read(doc));
  expect(paths.length).toBeGreaterThan(10);
  expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
});

test.each(DOCS)('every relative link and anchor in %s resolves', (doc) => {
  const text = read(doc);
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    const [file, anchor] = link.split('#');
    const target = file ? relative(ROOT, join(ROOT, dirname(doc), file)) : doc;
    expect([link, existsSync(join(ROOT, target))]).toEqual([link, true]);
    if (anchor) expect(headings(read(target)).map(slug)).toContain(anchor);
  }
});

test('the README links both documents', () => {
  const readme = read('README.md');
  expect(readme).toContain('](docs/ARCHITECTURE.md)');
  expect(readme).toContain('](CONTRIBUTING.md)');
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs)$/.test(p) ? [p] : [];
  });
}

test('comments cite docs/ARCHITECTURE.md sections that exist, and nothing cites the missing DESIGN.md', () => {
  const sections = headings(read('docs/ARCHITECTURE.md'));
  const sources = [...files(join(ROOT, 'src')), join(ROOT, 'eslint.config.mjs')];
  const cited: string[] = [];
  for (const f of sources) {
    const text = readFileSync(f, 'utf8');
    expect([relative(ROOT, f), /DESIGN\.md|DESIGN's/.test(text)]).toEqual([relative(ROOT, f), false]);
    for (const m of text.matchAll(/docs\/ARCHITECTURE\.md,? "([^"]+)"/g)) cited.push(m[1]);
  }
  expect(cited.length).toBeGreaterThanOrEqual(4);
  expect(cited.filter((c) => !sections.some((h) => h.startsWith(c)))).toEqual([]);
});
