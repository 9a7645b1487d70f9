import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// ---- Layers (docs/ARCHITECTURE.md, "Layers and what may import what") ----------------------------
// The shell touches the world; everything else under src/ is the pure core, whatever its folder
// (a new folder is pure until it is listed here). One block per layer, and the blocks' files do not
// overlap: in a flat config a later block's `no-restricted-imports` options replace an earlier one's.
const SHELL = ['src/index.ts', 'src/main.ts', 'src/cli.ts', 'src/dirname-shim.ts', 'src/cli/**', 'src/action/**'];
const ADAPTERS = ['src/adapters/**'];

// The shell above the adapters, by path segment (any depth of `../` matches).
const ACTION = { regex: '(^|/)action(/|$)', message: 'only src/main.ts uses the action (src/action/).' };
const CLI = { regex: '(^|/)cli(/|\\.(js|ts)$|$)', message: 'only src/index.ts and src/main.ts use the CLI (src/cli.ts, src/cli/).' };
const ENTRY = { regex: '^(\\.\\./)+(main|index)(\\.(js|ts))?$', message: 'src/index.ts and src/main.ts are entry points.' };
const MAIN_BESIDE = { ...ENTRY, regex: '^\\./main(\\.(js|ts))?$' }; // from src/cli.ts
const SHELL_IMPORTS = [ACTION, CLI, ENTRY];
const refuse = (why, patterns) => ({ patterns: patterns.map((p) => ({ ...p, message: `${why}: ${p.message}` })) });

// Node modules that reach the world (files, processes, network, clock, environment). Pure helpers of
// node:net and node:crypto stay allowed by name (below).
const NODE_IO =
  '^(node:)?(fs|child_process|http|https|http2|dns|tls|dgram|cluster|worker_threads|os|process|readline|' +
  'inspector|v8|vm|module|repl|tty|timers|perf_hooks)(/.*)?$';
const PURE_MESSAGE =
  'the pure core does no I/O: put it in an adapter (src/adapters/) behind a port and pass the values in.';

const pureImports = {
  paths: [
    ...['net', 'node:net'].map((name) => ({
      name,
      allowImportNames: ['isIP', 'isIPv4', 'isIPv6'],
      message: 'only the address parsers (isIP, isIPv4, isIPv6) of node:net are pure; ' + PURE_MESSAGE,
    })),
    ...['crypto', 'node:crypto'].map((name) => ({
      name,
      allowImportNames: ['createHash', 'createHmac'],
      message: 'only hashes (createHash, createHmac) are pure: random bytes are an input, ' + PURE_MESSAGE,
    })),
  ],
  patterns: [
    { regex: '(^|/)adapters(/|$)', message: PURE_MESSAGE },
    ...refuse('the pure core never imports the shell', SHELL_IMPORTS).patterns,
    { regex: NODE_IO, message: PURE_MESSAGE },
    {
      regex: '^(@actions|@octokit|@google-cloud|@grpc)/|^(simple-git|google-auth-library|bottleneck|undici)(/|$)',
      message: 'API clients live in adapters: ' + PURE_MESSAGE,
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'src/**/*.generated.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', globalThis: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'layers/pure',
    files: ['src/**/*.ts'],
    ignores: [...SHELL, ...ADAPTERS],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', pureImports],
      // the clock, the environment and randomness come in as arguments
      'no-restricted-globals': ['error', ...['process', 'fetch', 'setTimeout', 'setInterval', 'setImmediate'].map((name) => ({ name, message: PURE_MESSAGE }))],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'the clock is passed in (now: number).' },
        { object: 'Math', property: 'random', message: 'randomness is passed in (a seeded generator).' },
        { object: 'globalThis', property: 'process', message: PURE_MESSAGE },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'the clock is passed in (now: number).' },
        { selector: 'ImportExpression', message: 'the pure core loads no module at run time (a dynamic import escapes these rules).' },
        { selector: 'TSImportType', message: 'name types with an import declaration, which these rules check.' },
      ],
    },
  },
  {
    // the CLI is its own entry chunk (src/index.ts): loading the action would load GitHub's libraries
    name: 'layers/cli',
    files: ['src/cli.ts', 'src/cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', refuse('the CLI never imports the action', [ACTION, ENTRY, MAIN_BESIDE])],
    },
  },
  {
    name: 'layers/action',
    files: ['src/action/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', refuse('the action never imports the CLI', [CLI, ENTRY])],
    },
  },
  {
    name: 'layers/adapters',
    files: ADAPTERS,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', refuse('adapters never import the shell', SHELL_IMPORTS)],
    },
  },
);
