import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrations as engineMigrations } from '../../../../../engine/store/migrations';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));

/** The migration files of a folder (NNNN-name.ts) and the tests beside them (NNNN-name.test.ts). */
function untested(migrationsDir: string, testsDir: string): Array<string> {
  const files = readdirSync(path.join(root, migrationsDir)).filter((name) => /^\d{4}-.+\.ts$/.test(name));
  const tests = new Set(readdirSync(path.join(root, testsDir)));
  expect(files.length).toBeGreaterThan(0);
  return files.filter((name) => !tests.has(name.replace(/\.ts$/, '.test.ts')));
}

describe('migrations', () => {
  it('each of the engine’s has a test of its own', () => {
    expect(untested('engine/store/migrations', 'tests/unit/engine/store/migrations')).toEqual([]);
    // And the runner's list is exactly the files, in order.
    const files = readdirSync(path.join(root, 'engine/store/migrations')).filter((name) => /^\d{4}-.+\.ts$/.test(name));
    expect(engineMigrations.map((migration) => `${String(migration.version).padStart(4, '0')}-${migration.name}.ts`)).toEqual(files.sort());
  });

  it('each of the relay’s has a test of its own', () => {
    expect(untested('server/store/sqlite/migrations', 'tests/unit/server/store/sqlite/migrations')).toEqual([]);
  });
});
