/**
 * Presence announcements from this account's own devices (a console payload with
 * `presence`). Nothing of them is written in the envelope's transaction: they are handed
 * to the in-memory board once it commits. The console handler reads the same payload and
 * finds nothing else in it.
 */
import type { Presence } from '../../../shared/domain/console/presence';
import { decodeConsolePayload } from '../../../shared/domain/console/wire';
import type { ContentHandler } from '../../pipeline/inbound';

export function presenceHandler(heard: (presence: Presence, deviceId: number) => void): ContentHandler {
  return {
    name: 'presence',
    apply(context) {
      const sync = context.content.syncMessage?.console;
      // Another account's console traffic is refused (and logged) by the console handler.
      if (sync == null || context.sender !== context.me.accountId) return;
      const presence = decodeConsolePayload(Buffer.from(sync.payload).toString('utf8'))?.presence;
      if (presence === undefined) return;
      const deviceId = context.senderDevice;
      context.afterCommit(() => {
        heard(presence, deviceId);
      });
    },
  };
}
