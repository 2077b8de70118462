/**
 * Where the relay's own signing keys live: the trust root clients pin and the server key
 * it certifies (sealed-sender certificates, removal statements). Every relay process of a
 * deployment must load the same keys, and the first one to start creates them exactly
 * once. The default keeps them in the data folder (0600); a deployment on several
 * machines puts them in its secret store behind the same interface.
 * Contract: tests/contracts/server/server-key-source.contract.ts.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PrivateKey } from '@signalapp/libsignal-client';

export interface ServerKeys {
  readonly trustRoot: PrivateKey;
  readonly serverKey: PrivateKey;
  readonly keyId: number;
}

export interface ServerKeySource {
  /** The deployment's keys, created on first use; every call (from any process) yields the same ones. */
  load(): Promise<ServerKeys>;
}

interface StoredKeys {
  readonly trustRoot: string;
  readonly serverKey: string;
  readonly keyId: number;
}

const decode = (stored: StoredKeys): ServerKeys => ({
  trustRoot: PrivateKey.deserialize(Uint8Array.from(Buffer.from(stored.trustRoot, 'base64'))),
  serverKey: PrivateKey.deserialize(Uint8Array.from(Buffer.from(stored.serverKey, 'base64'))),
  keyId: stored.keyId,
});

/** The keys in `<dataDir>/sealed-sender-keys.json`, written once and exclusively. */
export class FileServerKeySource implements ServerKeySource {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'sealed-sender-keys.json');
  }

  async load(): Promise<ServerKeys> {
    try {
      return decode(JSON.parse(await fs.readFile(this.file, 'utf8')) as StoredKeys);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const created: StoredKeys = {
      trustRoot: Buffer.from(PrivateKey.generate().serialize()).toString('base64'),
      serverKey: Buffer.from(PrivateKey.generate().serialize()).toString('base64'),
      keyId: 1,
    };
    try {
      // Exclusively: two relays starting on one folder must not pick different roots.
      await fs.writeFile(this.file, JSON.stringify(created), { mode: 0o600, flag: 'wx' });
      return decode(created);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return decode(JSON.parse(await fs.readFile(this.file, 'utf8')) as StoredKeys);
    }
  }
}
