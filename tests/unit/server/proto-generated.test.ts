/**
 * The committed code in shared/proto/generated/ matches the .proto files. Regenerate with
 *   PARLEY_UPDATE_PROTO=1 npx vitest run --project unit tests/unit/server/proto-generated.test.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const protoDir = path.join(root, 'shared/proto');
const generatedDir = path.join(protoDir, 'generated');
const protoFiles = ['relay.proto', 'provisioning.proto', 'content.proto'];
const outputs = ['wire.js', 'wire.d.ts'];

function generate(outDir: string): void {
  const bin = (name: string): string => path.join(root, 'node_modules/.bin', name);
  const js = path.join(outDir, 'wire.js');
  execFileSync(
    bin('pbjs'),
    [
      '--target', 'static-module',
      '--wrap', 'esm',
      // 64-bit fields are millisecond timestamps and ids below 2^53 (see shared/proto/index.ts).
      '--force-number',
      '--null-semantics',
      '--no-delimited',
      '--no-service',
      '--no-typeurl',
      '--out', js,
      ...protoFiles.map((file) => path.join(protoDir, file)),
    ],
    { cwd: root, stdio: 'pipe' },
  );
  execFileSync(bin('pbts'), ['--out', path.join(outDir, 'wire.d.ts'), js], { cwd: root, stdio: 'pipe' });
}

describe('shared/proto/generated', () => {
  it('is what the .proto files generate', () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-proto-'));
    try {
      generate(outDir);
      if (process.env['PARLEY_UPDATE_PROTO'] === '1') {
        fs.mkdirSync(generatedDir, { recursive: true });
        for (const file of outputs) fs.copyFileSync(path.join(outDir, file), path.join(generatedDir, file));
      }
      for (const file of outputs) {
        const fresh = fs.readFileSync(path.join(outDir, file), 'utf8');
        const committed = fs.existsSync(path.join(generatedDir, file))
          ? fs.readFileSync(path.join(generatedDir, file), 'utf8')
          : '';
        expect(committed, `${file} is stale: regenerate (see this file's header)`).toBe(fresh);
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
