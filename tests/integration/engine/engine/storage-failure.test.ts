/**
 * A database that fails underneath the engine (issue 10, item 5, the runtime half):
 * pages of the real SQLCipher file are damaged on disk while the store is open (a disk
 * going bad under a running app), past page 1. Damage already there at open is caught by
 * the store's page check (tests/integration/electron/host/desktop-session-storage.test.ts);
 * here the engine meets it when it next reads those pages. It must not acknowledge
 * anything from then on (the relay keeps every envelope), must stop its connection and
 * its outbox, and must say so once with `storageFailed`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { createEngine } from '../../../../engine/compose';
import type { EngineEvents } from '../../../../engine/engine';
import { databaseFileName } from '../../../../engine/store';
import type { AccountId } from '../../../../engine/store';
import { openSqlite } from '../../../../engine/store/sqlite';
import type { SqliteDatabase } from '../../../../engine/store/sqlite';
import type { TestWorld } from './support';
import { eventually, registerPhone, relayQueue, worldPerTest } from './support';
import { storeOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});

const pageSize = 4096;

/** A second connection to the profile's database, keyed as the store keys its own (SQLCipher 4, raw key). */
async function secondConnection(world: TestWorld, profile: string): Promise<{ readonly db: SqliteDatabase; readonly file: string }> {
  const key = await world.keyStore.getDatabaseKey(profile);
  if (key === null) throw new Error(`no key for ${profile}`);
  const file = path.join(world.dir, profile, databaseFileName);
  const db = openSqlite(file, { fileMustExist: true });
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${Buffer.from(key).toString('hex')}'"`);
  return { db, file };
}

/**
 * Overwrites every page of the named tables and indexes in the file of a store that
 * stays open. The WAL is folded into the file first, so what is damaged is what SQLite
 * reads; a write through the second connection afterwards makes the store's connection
 * drop its page cache, so its next read goes to the damaged file. Page 1 and the schema
 * stay intact.
 */
async function damagePagesUnderOpenStore(world: TestWorld, profile: string, names: ReadonlyArray<string>): Promise<Array<number>> {
  const { db, file } = await secondConnection(world, profile);
  let pages: Array<number>;
  try {
    pages = db
      .prepare<Array<string>, { pageno: number }>(`SELECT pageno FROM dbstat WHERE name IN (${names.map(() => '?').join(', ')}) ORDER BY pageno`)
      .all(...names)
      .map((row) => row.pageno);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const handle = await fs.open(file, 'r+');
  try {
    for (const page of pages) await handle.write(randomBytes(pageSize), 0, pageSize, (page - 1) * pageSize);
  } finally {
    await handle.close();
  }
  const writer = await secondConnection(world, profile);
  try {
    writer.db.prepare(`INSERT OR REPLACE INTO items (key, value) VALUES ('damageMarker', '1')`).run();
  } finally {
    writer.db.close();
  }
  return pages;
}

function bodiesWith(engine: Engine, peer: AccountId): Array<string | null> {
  const conversation = engine.conversations.direct(peer);
  return conversation === undefined ? [] : engine.messaging.list(conversation.id, 100).map((message) => message.body);
}

describe('a database that fails under a running engine', () => {
  it('acknowledges nothing more, stops receiving and sending, and reports storageFailed once', async () => {
    const first = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    const aliceId = first.account.accountId;
    const bobId = await first.contacts.resolveHandle('bob');
    first.start();
    bob.start();
    bob.messaging.sendText(aliceId, 'before the damage');
    await eventually(() => bodiesWith(first, bobId).includes('before the damage'), 20_000, 'the first message');
    await first.flushOutbox();
    await first.stop();

    // What records processed envelopes: the first thing the receive path reads.
    const damaged = await damagePagesUnderOpenStore(world, 'alice', ['processed_envelopes', 'sqlite_autoindex_processed_envelopes_1']);
    expect(damaged.length).toBeGreaterThan(0);
    expect(damaged).not.toContain(1);

    // Three messages wait on the relay while alice is away.
    for (const text of ['one', 'two', 'three']) bob.messaging.sendText(aliceId, text);
    await bob.flushOutbox();
    expect(await relayQueue(world, aliceId)).toHaveLength(3);

    // The same open store under a new engine: the damage shows on first use.
    const alice = world.track(createEngine({ store: storeOf(first), relayUrl: world.relay.url }));
    const failures: Array<EngineEvents['storageFailed']> = [];
    alice.on('storageFailed', (failure) => failures.push(failure));
    const connection: Array<string> = [];
    alice.on('connection', (state) => connection.push(state.kind));
    alice.start();
    await eventually(() => failures.length > 0 && connection.at(-1) === 'stopped', 20_000, 'the storage failure');

    expect(failures).toEqual([{ code: 'database-corrupt' }]);
    expect(alice.storageFailed).toBe('database-corrupt');
    expect(alice.connectionState.kind).toBe('stopped');
    // Nothing was acknowledged: the relay still holds every envelope for a healthy start.
    expect(await relayQueue(world, aliceId)).toHaveLength(3);
    // Envelopes offered now are refused (not acknowledged), and nothing is sent.
    const [queued] = await relayQueue(world, aliceId);
    await expect(alice.handleEnvelope(queued?.envelope ?? new Uint8Array())).rejects.toThrow('database-corrupt');
    alice.start();
    expect(alice.connectionState.kind).toBe('stopped');
    // The outbox halted too: a message queued now (those tables are intact) stays queued.
    // (stop() waits for any send in flight, so after it nothing can still be on its way.)
    await bob.stop();
    alice.messaging.sendText(bobId, 'not to be sent');
    await alice.flushOutbox();
    await alice.stop();
    expect(storeOf(alice).countOutbox()).toBe(1);
    expect(await relayQueue(world, bobId)).toHaveLength(0);
    expect(failures).toHaveLength(1);
  });

  it('stops at a damaged outbox before sending or acknowledging anything', async () => {
    const first = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    const aliceId = first.account.accountId;
    const bobId = await first.contacts.resolveHandle('bob');
    // Queued while offline, so the outbox has pages on disk.
    first.messaging.sendText(bobId, 'queued before the damage');
    await first.stop();
    const damaged = await damagePagesUnderOpenStore(world, 'alice', ['outbox', 'outbox_by_lane']);
    expect(damaged).not.toContain(1);
    bob.messaging.sendText(aliceId, 'waiting on the relay');
    await bob.flushOutbox();
    await bob.stop();

    const alice = world.track(createEngine({ store: storeOf(first), relayUrl: world.relay.url }));
    const failures: Array<EngineEvents['storageFailed']> = [];
    alice.on('storageFailed', (failure) => failures.push(failure));
    alice.start();
    await eventually(() => failures.length > 0, 20_000, 'the storage failure');
    await alice.stop();
    expect(failures).toEqual([{ code: 'database-corrupt' }]);
    expect(alice.connectionState.kind).toBe('stopped');
    expect(await relayQueue(world, bobId)).toHaveLength(0);
    expect(await relayQueue(world, aliceId)).toHaveLength(1);
  });
});
