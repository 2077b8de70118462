import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileServerKeySource } from '../../../../server/keys/server-keys';
import { serverKeySourceContract } from '../../../contracts/server/server-key-source.contract';

serverKeySourceContract('file', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-server-keys-'));
  return { source: () => new FileServerKeySource(dir), close: () => fs.rm(dir, { recursive: true, force: true }) };
});

describe('FileServerKeySource', () => {
  it('writes the key file readable by its owner only', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-server-keys-'));
    await new FileServerKeySource(dir).load();
    expect((await fs.stat(path.join(dir, 'sealed-sender-keys.json'))).mode & 0o777).toBe(0o600);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
