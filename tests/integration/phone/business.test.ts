/**
 * `npm run phone -- register --business "Acme Support" acme` against a real relay and a
 * real encrypted store: the relay records the account as a business and nothing more;
 * the phone keeps the business root key and an owner seat the roster rules accept.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InMemoryKeyStore } from '../../../engine/keychain';
import { consoleCrypto } from '../../../engine/modules/inbox/signing';
import { storeOf } from '../../../engine/testing';
import { PrimaryDevice } from '../../../phone/primary-device';
import { startRelay } from '../../../server/relay';
import type { Relay } from '../../../server/relay';
import { emptyRoster, joinRosters, seatStands } from '../../../shared/domain/console/roster';
import { asAccountId } from '../../../shared/relay-api';

let dir: string;
let relay: Relay;
const keyStore = new InMemoryKeyStore();

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-business-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
});
afterEach(async () => {
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('registering a business', () => {
  it('records only the account kind at the relay, and keeps the root key and a standing owner seat on the phone', async () => {
    const phone = await PrimaryDevice.register({ dataDir: path.join(dir, 'acme'), relayUrl: relay.url, keyStore, profileId: 'acme', handle: 'acme', business: 'Acme Support' });
    const personal = await PrimaryDevice.register({ dataDir: path.join(dir, 'carol'), relayUrl: relay.url, keyStore, profileId: 'carol', handle: 'carol' });
    try {
      const account = await relay.stores.accounts.getAccount(asAccountId(phone.engine.account.accountId));
      expect(account?.kind).toBe('business');
      expect((await relay.stores.accounts.getAccount(asAccountId(personal.engine.account.accountId)))?.kind).toBe('personal');

      const store = storeOf(phone.engine);
      const business = store.getItem('business');
      expect(business?.name).toBe('Acme Support');
      expect(store.getItem('businessRootKey')).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
      const seats = store.getItem('consoleSeats') ?? [];
      expect(seats).toHaveLength(1);
      expect(seats[0]).toMatchObject({ role: 'owner', name: 'Acme Support', deviceId: 1, signer: 'root' });
      const roster = joinRosters(emptyRoster(business?.rootPublicKey ?? ''), { seats: new Map(seats.map((seat) => [seat.seatId, seat])), revocations: new Map() });
      expect(seatStands(roster, seats[0]?.seatId ?? '', consoleCrypto)).toBe(true);
      expect(store.getItem('profileName')).toBe('Acme Support');
      // A personal account has none of it.
      expect(storeOf(personal.engine).getItem('business')).toBeUndefined();

      // The root key is nowhere in the relay's files.
      const rootKey = Buffer.from(store.getItem('businessRootKey') ?? '', 'base64');
      for (const file of await fs.readdir(path.join(dir, 'relay'), { recursive: true })) {
        const full = path.join(dir, 'relay', file);
        if (!(await fs.stat(full)).isFile()) continue;
        expect((await fs.readFile(full)).includes(rootKey.subarray(0, 16)), file).toBe(false);
      }
    } finally {
      await phone.close();
      await personal.close();
    }
  });
});
