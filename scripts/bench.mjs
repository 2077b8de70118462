#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other (they would distort each other
// on 2 cores). Each prints its figures as ratios to a limit measured in the same run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const tsx = (file) => [bin('tsx'), file];
const benches = [
  { name: 'bench/relay.ts', steps: [tsx('bench/relay.ts')] },
  { name: 'bench/engine.ts', steps: [tsx('bench/engine.ts')] },
  { name: 'bench/link.ts', steps: [tsx('bench/link.ts')] },
  { name: 'bench/console.ts', steps: [tsx('bench/console.ts')] },
  // The UI bench drives the built browser host, whose database key lives in a (private)
  // Secret Service: build first, then run inside scripts/with-keyring.sh.
  {
    name: 'bench/ui.ts',
    steps: [
      [bin('electron-vite'), 'build'],
      [path.join(root, 'scripts', 'with-keyring.sh'), ...tsx('bench/ui.ts')],
    ],
  },
];
let failed = 0;
for (const bench of benches) {
  process.stdout.write(`\n=== ${bench.name} ===\n`);
  for (const [command, ...args] of bench.steps) {
    const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) {
      failed++;
      break;
    }
  }
}
process.exit(failed === 0 ? 0 : 1);
