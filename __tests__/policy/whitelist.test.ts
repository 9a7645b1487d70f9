// The injection whitelist: each checker accepts its plain values and rejects anything that
// could change an HAProxy config line, naming the character.
import fc from 'fast-check';
import {
  checkAddress,
  checkAddressOrSocket,
  checkCookieName,
  checkFilePath,
  checkHeaderName,
  checkHeaderValue,
  checkHostname,
  checkHttpUrl,
  checkImage,
  checkPath,
  checkProjectId,
  checkRegion,
  checkRevisionName,
  checkRunUrl,
  checkServiceName,
  describeChar,
} from '../../src/policy/index.js';

type Checker = (v: unknown) => string | null;

const DIGEST = 'a'.repeat(64);

const accepted: [string, Checker, string][] = [
  ['hostname', checkHostname, 'shop.example.com'],
  ['hostname', checkHostname, 'Shop-1.Example.COM'],
  ['hostname', checkHostname, 'localhost'],
  ['header name', checkHeaderName, 'X-Canary'],
  ['header value', checkHeaderValue, 'always'],
  ['header value', checkHeaderValue, 'a.b_c~d:e/f=g+h-1'],
  ['path', checkPath, '/checkout'],
  ['path', checkPath, '/api/v1/items_~x.json'],
  ['cookie', checkCookieName, 'cr_checkout'],
  ['file path', checkFilePath, '/etc/haproxy/certs/site.pem'],
  ['file path', checkFilePath, 'haproxy/haproxy.cfg'],
  ['address', checkAddress, ':443'],
  ['address', checkAddress, '127.0.0.1:8443'],
  ['address', checkAddress, 'haproxy.internal:9999'],
  ['address', checkAddress, '[::1]:8443'],
  ['address', checkAddress, '[::]:443'],
  ['address or socket', checkAddressOrSocket, '/run/haproxy/admin.sock'],
  ['address or socket', checkAddressOrSocket, '10.0.0.5:9999'],
  ['service', checkServiceName, 'checkout'],
  ['service', checkServiceName, 'a' + 'b'.repeat(48)],
  ['revision', checkRevisionName, 'checkout-00042-xoz'],
  ['image', checkImage, `us-docker.pkg.dev/acme/apps/checkout@sha256:${DIGEST}`],
  ['image', checkImage, 'europe-docker.pkg.dev/acme/apps/api:v1.2.3'],
  ['image', checkImage, `gcr.io/acme/api:V2_rc1@sha256:${DIGEST}`],
  ['image', checkImage, 'localhost:5000/acme/api'],
  ['project', checkProjectId, 'acme-prod'],
  ['region', checkRegion, 'us-central1'],
  ['region', checkRegion, 'northamerica-northeast1'],
  ['run url', checkRunUrl, 'https://checkout-abc123xyz-uc.a.run.app'],
  ['run url', checkRunUrl, 'https://checkout-123456789012.us-central1.run.app'],
  ['http url', checkHttpUrl, 'http://prometheus.internal:9090'],
  ['http url', checkHttpUrl, 'https://127.0.0.1:9090/prom'],
];

test.each(accepted)('%s accepts %#', (_what, check, value) => {
  expect(check(value)).toBeNull();
});

// [what, checker, value, substring the message must contain]
const rejected: [string, Checker, string, string][] = [
  ['newline', checkHeaderValue, 'always\nhttp-request deny', 'a newline (U+000A) at position 7'],
  ['carriage return', checkHostname, 'shop.example.com\r', 'a carriage return (U+000D) at position 17'],
  ['hash', checkPath, '/a#b', '"#" (U+0023) at position 3; a path may contain only'],
  ['space', checkHeaderValue, 'a b', 'a space (U+0020) at position 2'],
  ['$VAR', checkHeaderValue, '$HOME', '"$" (U+0024) at position 1'],
  ['${VAR}', checkFilePath, '/etc/${X}', '"$" (U+0024) at position 6'],
  ['%[', checkPath, '/x%[src]', '"%" (U+0025) at position 3'],
  ['percent', checkHeaderValue, '100%', '"%" (U+0025)'],
  ['double quote', checkHeaderName, 'X"', '""" (U+0022) at position 2'],
  ['single quote', checkCookieName, "a'b", `"'" (U+0027)`],
  ['backslash', checkFilePath, 'a\\b', '"\\" (U+005C)'],
  ['leading dash (value)', checkHeaderValue, '-i', 'starts with "-"'],
  ['leading dash (cookie)', checkCookieName, '-m', 'starts with "-"'],
  ['leading dash (host)', checkHostname, '-shop.example.com', 'starts with "-"'],
  [
    'Cyrillic a',
    checkHostname,
    'shop.ex\u0430mple.com',
    '"\u0430" (U+0430, non-ASCII, looks like "a") at position 8',
  ],
  ['Greek omicron', checkHeaderValue, 'g\u03bfod', 'U+03BF, non-ASCII, looks like "o"'],
  ['emoji', checkPath, '/\u{1F600}', 'U+1F600, non-ASCII'],
  ['NUL', checkPath, '/a\0', 'NUL (U+0000) at position 3'],
  ['escape', checkHeaderValue, 'a\u001b', 'a control character (U+001B)'],
  ['tab', checkCookieName, 'a\tb', 'a tab (U+0009)'],
  ['DEL', checkHeaderValue, 'a\u007f', 'DEL (U+007F)'],
  ['empty', checkHostname, '', 'must not be empty'],
  ['non-string', checkHostname, 42 as unknown as string, 'must be a string'],
  ['empty label', checkHostname, 'shop..example.com', 'empty label'],
  ['label dash', checkHostname, 'shop-.example.com', 'starts or ends with "-"'],
  ['long label', checkHostname, `${'a'.repeat(64)}.com`, 'at most 63'],
  ['header digit start', checkHeaderName, '1X', 'must start with a letter'],
  ['relative path', checkPath, 'checkout', 'must start with "/"'],
  ['dotdot', checkFilePath, '/etc/../shadow', '".." segment'],
  ['directory', checkFilePath, '/etc/haproxy/', 'name a file'],
  ['no port', checkAddress, '127.0.0.1', 'has no port'],
  ['port range', checkAddress, ':0', 'outside 1–65535'],
  ['port letters', checkAddress, 'host:http', 'not a number'],
  ['bare v6', checkAddress, '::1:443', 'must be in brackets'],
  ['space in address', checkAddress, ':443 ssl', 'a space (U+0020)'],
  ['service upper', checkServiceName, 'Checkout', '"C" (U+0043) at position 1'],
  ['service underscore', checkServiceName, 'check_out', '"_" (U+005F)'],
  ['service digit', checkServiceName, '9lives', 'must start with a lowercase letter'],
  ['service dash end', checkServiceName, 'checkout-', 'must not end with "-"'],
  ['service too long', checkServiceName, 'a'.repeat(50), 'at most 49'],
  ['revision space', checkRevisionName, 'rev 1', 'a space (U+0020)'],
  ['image no repo', checkImage, 'checkout', 'is not an image reference'],
  ['image bad digest', checkImage, 'gcr.io/a/b@sha256:xyz', 'is not an image reference'],
  ['image hash', checkImage, 'gcr.io/a/b#x', '"#" (U+0023)'],
  ['project short', checkProjectId, 'acme', 'is not a project ID'],
  ['region', checkRegion, 'central', 'is not a region'],
  ['run url other host', checkRunUrl, 'https://checkout.example.com', 'is not a Cloud Run URL'],
  ['run url http', checkRunUrl, 'http://checkout-abc-uc.a.run.app', 'is not a Cloud Run URL'],
  ['run url newline', checkRunUrl, 'https://a-b-uc.a.run.app\nx', 'a newline'],
  ['http url scheme', checkHttpUrl, 'ftp://x', 'is not an http(s) URL'],
  ['http url port', checkHttpUrl, 'http://x:99999', 'outside 1–65535'],
];

test.each(rejected)('rejects %s', (_what, check, value, message) => {
  const result = check(value);
  expect(result).not.toBeNull();
  expect(result).toContain(message);
});

test('describeChar names invisible and look-alike characters', () => {
  expect(describeChar('\n')).toBe('a newline (U+000A)');
  expect(describeChar(' ')).toBe('a space (U+0020)');
  expect(describeChar('#')).toBe('"#" (U+0023)');
  expect(describeChar('\u0441')).toBe('"\u0441" (U+0441, non-ASCII, looks like "c")');
});

// Characters that change the meaning of an HAProxy config line in some context.
const DANGEROUS = [
  '\n',
  '\r',
  '#',
  ' ',
  '$',
  '%',
  '"',
  "'",
  '\\',
  '\0',
  '\t',
  '\u0430',
  '{',
  '}',
  '(',
  ')',
  ';',
];
const CHECKERS: Checker[] = [
  checkHostname,
  checkHeaderName,
  checkHeaderValue,
  checkPath,
  checkCookieName,
  checkFilePath,
  checkAddress,
  checkServiceName,
  checkRevisionName,
  checkImage,
  checkRunUrl,
];

test('no checker accepts a value containing a dangerous character, wherever it is', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(...DANGEROUS),
      fc.string({ maxLength: 20 }),
      fc.constantFrom(...CHECKERS),
      (before, bad, after, check) => {
        const message = check(`${before}${bad}${after}`);
        expect(message).not.toBeNull();
      },
    ),
    { numRuns: 2000 },
  );
});

test('every value a checker accepts is printable ASCII without spaces and does not start with "-"', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 30, unit: 'binary' }),
      fc.constantFrom(...CHECKERS),
      (value, check) => {
        if (check(value) === null) {
          expect(value).toMatch(/^[!-~]+$/);
          expect(value.startsWith('-')).toBe(false);
          expect(value).not.toMatch(/[#$%"'\\]/);
        }
      },
    ),
    { numRuns: 3000 },
  );
});
