import type { SyncHistory } from '../../shared/proto/content';
import type { ContentHandler } from '../pipeline/inbound';
import type { DeviceId } from '../store';

/** History sync's media manifest from another device of this account: recorded inside the transaction. */
export function historyManifestHandler(record: (history: SyncHistory, senderDeviceId: DeviceId) => void): ContentHandler {
  return {
    name: 'history-manifest',
    apply(context) {
      const history = context.content.syncMessage?.history ?? null;
      if (history === null || context.sender !== context.me.accountId) return;
      record(history, context.senderDevice);
    },
  };
}
