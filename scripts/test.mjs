#!/usr/bin/env node
// `npm test`: types, lint (including the layering rules), build, then every test layer:
// vitest (unit, dom, integration and faults, inside a private Secret Service) and Playwright (the
// renderer in Debian's Chromium through the browser host; the Electron suite, which
// reports itself skipped where no Electron binary exists). Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const artifacts = path.join(root, 'tests', 'artifacts');
mkdirSync(artifacts, { recursive: true });

const results = [];
function step(name, command, args, env = {}) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  process.stdout.write(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s) ===\n`);
  return ok;
}

for (const project of ['tsconfig.shared.json', 'tsconfig.web.json', 'tsconfig.node.json', 'tsconfig.e2e.json']) {
  step(`typecheck ${project}`, bin('tsc'), ['-p', project]);
}
step('lint', bin('eslint'), ['--max-warnings', '0', '.']);
const built = step('build', bin('electron-vite'), ['build']);

const vitestJson = path.join(artifacts, 'vitest.json');
rmSync(vitestJson, { force: true });
step('vitest (unit, dom, integration, faults)', path.join(root, 'scripts', 'with-keyring.sh'), [
  bin('vitest'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);

const playwrightJson = path.join(artifacts, 'playwright.json');
rmSync(playwrightJson, { force: true });
if (built) {
  // Inside a private Secret Service too: the browser host keeps its database key in the real keychain.
  step('playwright (e2e + electron)', path.join(root, 'scripts', 'with-keyring.sh'), [bin('playwright'), 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
} else {
  results.push({ name: 'playwright (e2e + electron)', ok: false, seconds: 0 });
}

// Tally both runners' counts into one closing line.
let passed = 0;
let failed = 0;
let skipped = 0;
// The names of failed tests go into the closing lines too: CI keeps only the end of the output.
const failures = [];
const firstLine = (text) => stripVTControlCharacters(String(text ?? '')).split('\n').find((line) => line.trim() !== '')?.slice(0, 300) ?? '';
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failures.push(`${path.relative(root, file.name)} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
    if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') failures.push(`${path.relative(root, file.name)}: ${firstLine(file.message)}`);
  }
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
if (existsSync(playwrightJson)) {
  const stats = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      if (spec.ok === false) {
        const result = spec.tests?.flatMap((test) => test.results ?? []).find((each) => each.status !== 'passed' && each.status !== 'skipped');
        failures.push(`${spec.file} › ${spec.title}: ${firstLine(result?.error?.message)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of JSON.parse(readFileSync(playwrightJson, 'utf8')).suites ?? []) walk(suite);
}
const failedSteps = results.filter((result) => !result.ok);
process.stdout.write('\n');
for (const result of results) {
  process.stdout.write(`${result.ok ? 'ok    ' : 'FAILED'} ${result.name} (${result.seconds.toFixed(1)} s)\n`);
}
for (const failure of failures) process.stdout.write(`failed: ${failure}\n`);
if (failedSteps.length > 0 && failed === 0) failed = failedSteps.length;
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failedSteps.length > 0 ? 1 : 0);
