/**
 * The `profile` IPC service: the name and picture the user shows to contacts. Kept in
 * the encrypted store; the engine sends them to contacts and the user's other devices
 * inside E2EE messages only.
 */
import { refused } from '../../../shared/ipc/errors';
import type { ProfileView, profileService } from '../../../shared/ipc/profile';
import type { ServiceEmitter, ServiceHandler } from '../../../shared/ipc/service';
import type { Engine } from '../../../engine/engine';
import type { Disposer } from '../../../engine/kernel/emitter';
import { linkedEngine, userErrors } from './chats-handler';
import type { DesktopSession } from './desktop-session';

function viewOf(engine: Engine): ProfileView {
  const account = engine.account;
  const profile = engine.profile.get();
  return { name: profile.name, avatarDataUrl: profile.avatarDataUrl, handle: account.handle, accountId: account.accountId, deviceId: account.deviceId };
}

export function createProfileHandler(session: DesktopSession, emit: ServiceEmitter<typeof profileService>): ServiceHandler<typeof profileService> {
  let disposers: Array<Disposer> = [];
  const attach = (engine: Engine | undefined): void => {
    for (const dispose of disposers) dispose();
    disposers = [];
    if (engine === undefined) return;
    disposers = [
      engine.on('profileChanged', () => {
        emit.onDidChangeProfile(viewOf(engine));
      }),
    ];
  };
  session.on('engine', attach);
  if (session.engine !== undefined) attach(session.engine);

  return {
    get: () => {
      const engine = session.engine;
      if (engine === undefined) throw refused('not-linked');
      return viewOf(engine);
    },
    update: (profile) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        engine.profile.update({ name: profile.name, avatarDataUrl: profile.avatarDataUrl });
        return viewOf(engine);
      }),
  };
}
