/** Which keychain holds the database key: the OS keychain, or (tests only) memory. */
import { InMemoryKeyStore, KeytarKeyStore } from '../../../engine/keychain';
import type { KeyStore } from '../../../engine/keychain';
import type { Logger } from '../logger';

/**
 * `PARLEY_KEYCHAIN=memory` keeps the key in this process only, so the database cannot
 * be opened after a restart. It exists for end-to-end tests whose browser runs outside
 * a Secret Service session (docs/linking.md); never set it for real use.
 */
export function chooseKeyStore(env: NodeJS.ProcessEnv, log: Logger): KeyStore {
  if (env['PARLEY_KEYCHAIN'] === 'memory') {
    log.warn('PARLEY_KEYCHAIN=memory: the database key lives in memory only; the data is unreadable after exit (tests only)');
    return new InMemoryKeyStore();
  }
  return new KeytarKeyStore();
}
