/** What any `ServerKeySource` must do (a file, a deployment's secret store); run by each implementation's test file. */
import { describe, expect, it } from 'vitest';
import type { ServerKeys, ServerKeySource } from '../../../server/keys/server-keys';

/** Sources over one fresh, empty location: each call is another relay process opening it. */
export type OpenServerKeySources = () => Promise<{ readonly source: () => ServerKeySource; readonly close: () => Promise<void> }>;

const fingerprint = (keys: ServerKeys): string =>
  `${Buffer.from(keys.trustRoot.getPublicKey().serialize()).toString('hex')}/${Buffer.from(keys.serverKey.getPublicKey().serialize()).toString('hex')}/${String(keys.keyId)}`;

export function serverKeySourceContract(name: string, open: OpenServerKeySources): void {
  describe(`${name}: ServerKeySource`, () => {
    it('creates the keys once and gives every later load the same ones', async () => {
      const { source, close } = await open();
      const first = await source().load();
      const again = await source().load();
      expect(fingerprint(again)).toBe(fingerprint(first));
      expect(first.trustRoot.getPublicKey().serialize()).not.toEqual(first.serverKey.getPublicKey().serialize());
      await close();
    });

    it('agrees on one set of keys when several processes start on an empty location at once', async () => {
      const { source, close } = await open();
      const loaded = await Promise.all(Array.from({ length: 6 }, () => source().load()));
      expect(new Set(loaded.map(fingerprint)).size).toBe(1);
      await close();
    });
  });
}
