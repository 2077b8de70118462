/**
 * Run as a separate process (its D-Bus environment differs from the test's): opens the
 * store in argv[2] with the real keytar key store and prints the outcome as JSON.
 */
import { KeytarKeyStore } from '../../../../engine/keychain/keytar-key-store';
import { openEncryptedStore } from '../../../../engine/store/open';

const [dataDir, profileId] = process.argv.slice(2);
if (dataDir === undefined || profileId === undefined) throw new Error('usage: open-store-child <dataDir> <profileId>');
try {
  const store = await openEncryptedStore({ dataDir, profileId, keyStore: new KeytarKeyStore() });
  store.close();
  process.stdout.write(JSON.stringify({ ok: true }));
} catch (error) {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  const reason = typeof error === 'object' && error !== null && 'reason' in error ? error.reason : undefined;
  process.stdout.write(JSON.stringify({ ok: false, name, message, reason }));
}
