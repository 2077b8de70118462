/**
 * Whether a real Secret Service answers in this process. Tests that need one skip with
 * this reason otherwise: `npm test` runs them inside scripts/with-keyring.sh.
 */
import { KeytarKeyStore } from '../../../../engine/keychain/keytar-key-store';

export const noKeyringReason =
  'no Secret Service answers here; run vitest through scripts/with-keyring.sh (npm test does)';

export async function secretServiceAvailable(): Promise<boolean> {
  try {
    await new KeytarKeyStore({ timeoutMs: 10_000 }).getDatabaseKey('parley-test-probe');
    return true;
  } catch {
    return false;
  }
}
