/** The `link` IPC service over the desktop session. */
import type { linkService } from '../../../shared/ipc/link';
import type { ServiceEmitter, ServiceHandler } from '../../../shared/ipc/service';
import type { DesktopSession } from './desktop-session';

export function createLinkHandler(
  session: DesktopSession,
  emit: ServiceEmitter<typeof linkService>,
): ServiceHandler<typeof linkService> {
  session.on('state', (state) => {
    emit.onDidChangeLinkState(state);
  });
  return {
    getState: () => session.state,
    start: () => session.start(),
    cancel: () => session.cancel(),
    setDeviceName: (name) => session.setDeviceName(name),
    unlink: () => session.unlink(),
    cancelHistorySync: () => session.cancelHistorySync(),
  };
}
