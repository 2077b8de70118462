// The layering of DESIGN.md, as lint. Imported by eslint.config.js and by the test
// that proves a violating import fails (tests/unit/lint/layering.test.ts).
import { builtinModules } from 'node:module';
import boundaries from 'eslint-plugin-boundaries';

/** Every folder that holds code is one of these; a file in none of them is an error. */
export const elements = [
  { type: 'engine', pattern: 'engine/**', partialMatch: false },
  { type: 'shared', pattern: 'shared/**', partialMatch: false },
  { type: 'electron-main', pattern: 'electron/main/**', partialMatch: false },
  { type: 'electron-preload', pattern: 'electron/preload/**', partialMatch: false },
  { type: 'host', pattern: 'electron/host/**', partialMatch: false },
  { type: 'browser-bridge', pattern: 'electron/browser-bridge/**', partialMatch: false },
  { type: 'renderer', pattern: 'renderer/**', partialMatch: false },
  { type: 'server', pattern: 'server/**', partialMatch: false },
  { type: 'phone', pattern: 'phone/**', partialMatch: false },
  { type: 'tests', pattern: 'tests/**', partialMatch: false },
  { type: 'bench', pattern: 'bench/**', partialMatch: false },
  { type: 'tooling', pattern: 'scripts/**', partialMatch: false },
];

/** Root-level configuration files: known, and free to import anything. */
export const toolingFiles = ['*.config.ts', '*.config.js', 'eslint.layers.js', 'eslint.layers.d.ts'];

/** Which element may import which. */
const allowed = {
  shared: ['shared'],
  engine: ['shared', 'engine'],
  host: ['shared', 'engine', 'host'],
  // Main stays thin: the engine runs in the host's utility process, never in main.
  'electron-main': ['shared', 'host', 'electron-main'],
  'electron-preload': ['shared', 'electron-preload'],
  'browser-bridge': ['shared', 'browser-bridge'],
  renderer: ['shared', 'renderer'],
  server: ['shared', 'server'],
  phone: ['shared', 'engine', 'phone'],
  tests: elements.map((element) => element.type),
  bench: elements.map((element) => element.type),
  tooling: elements.map((element) => element.type),
};

// Regexes, not gitignore-style groups: a group `util` would also match '../util'.
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const nodeBuiltins = `^(node:.*|(${builtinModules.map(escape).join('|')})(/.*)?)$`;

const noElectron = {
  regex: '^electron(/.*)?$',
  message: 'Only electron/main and electron/preload may import electron (see DESIGN.md).',
};
const noNode = {
  regex: nodeBuiltins,
  message: 'This folder runs outside Node (shared/, renderer/, preload, browser bridge): no Node built-ins.',
};

const noModules = {
  regex: '(^|/)modules/',
  message: 'The pipeline routes to the handlers modules register; it imports no module (they are wired in engine/compose.ts).',
};

const noTestingSeam = {
  regex: '(^|/)engine/testing$',
  message: "engine/testing reaches beneath the engine's facade: tests and benchmarks only; use the facade's services.",
};

function restrict(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export const layering = [
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': [{ category: 'tooling', pattern: toolingFiles }],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(allowed).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { types: { anyOf: to } } } },
            })),
            { from: { file: { categories: 'tooling' } }, allow: { to: { file: { categories: 'tooling' } } } },
            // The layering test lints with the very rules defined here.
            { from: { element: { type: 'tests' } }, allow: { to: { file: { categories: 'tooling' } } } },
          ],
        },
      ],
    },
  },
  // Files in folders no element covers (a new top-level folder) are errors, not ignored.
  restrict(['shared/**/*.ts'], [noElectron, noNode]),
  restrict(['engine/**/*.ts'], [noElectron]),
  restrict(['electron/host/**/*.ts', 'server/**/*.ts', 'phone/**/*.ts'], [noElectron, noTestingSeam]),
  restrict(['electron/main/**/*.ts'], [noTestingSeam]),
  restrict(['renderer/**/*.{ts,tsx}', 'electron/browser-bridge/**/*.ts'], [noElectron, noNode]),
  // The receive and send pipelines route by content and job kind; they never know a module.
  restrict(['engine/pipeline/**/*.ts'], [noElectron, noModules]),
  restrict(['electron/preload/**/*.ts'], [noNode]),
];
