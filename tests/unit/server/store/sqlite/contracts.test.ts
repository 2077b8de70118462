/** The embedded SQLite implementation against every relay store contract (tests/contracts/server/). */
import { SqliteRelayStore } from '../../../../../server/store/sqlite/sqlite-store';
import { relayStoresOf } from '../../../../../server/store/types';
import { relayStoreContracts } from '../../../../contracts/server';

relayStoreContracts('SQLite', () => Promise.resolve(relayStoresOf(new SqliteRelayStore({ filename: ':memory:' }))));
