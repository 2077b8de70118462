#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other (they would distort each other
// on 2 cores). Each prints its figures as ratios to a limit measured in the same run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const benches = ['bench/relay.ts', 'bench/engine.ts', 'bench/link.ts'];
let failed = 0;
for (const bench of benches) {
  process.stdout.write(`\n=== ${bench} ===\n`);
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [bench], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
