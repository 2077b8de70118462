/**
 * Every contract suite of the relay's stores. An implementation's test file calls
 * `relayStoreContracts(name, open)` with a factory of fresh, empty stores; a PostgreSQL
 * or Redis implementation runs the same suites.
 */
import { accountStoreContract } from './accounts.contract';
import { attachmentIndexContract, expirySweeperContract } from './attachments.contract';
import { deviceStoreContract } from './devices.contract';
import type { OpenStores } from './fixtures';
import { keyStoreContract } from './keys.contract';
import { linkTokenStoreContract } from './link-tokens.contract';
import { queueStoreContract } from './queues.contract';

export function relayStoreContracts(name: string, open: OpenStores): void {
  accountStoreContract(name, open);
  deviceStoreContract(name, open);
  keyStoreContract(name, open);
  queueStoreContract(name, open);
  linkTokenStoreContract(name, open);
  attachmentIndexContract(name, open);
  expirySweeperContract(name, open);
}
