/**
 * The renderer's slice stores, one per slice of what the host owns (settings, profile,
 * app info and relay status, connection, link state, the chat list), each subscribed to
 * the host once. Built over the API of `ApiContext`, so a component test gets stores over
 * its own transport by providing its API.
 */
import { createContext, useContext } from 'react';
import type { AppInfo, RelayStatus } from '../../../shared/ipc/app';
import type { ConversationSummary } from '../../../shared/ipc/chats';
import type { ConnectionState } from '../../../shared/ipc/connection';
import type { ParleyApi } from '../../../shared/ipc/contract';
import type { LinkState } from '../../../shared/ipc/link';
import type { ProfileView } from '../../../shared/ipc/profile';
import type { Settings } from '../../../shared/ipc/settings';
import { applyConversationChange } from '../features/chats/listModel';
import { hostErrorText } from '../i18n/failure';
import { useApi } from '../ipc';
import type { Store } from './store';
import { hostValueStore, ValueStore } from './store';

export interface ConversationsState {
  /** Pinned first, then most recent; undefined until the first answer. */
  readonly conversations: ReadonlyArray<ConversationSummary> | undefined;
  /** Why the list could not be read, in words. */
  readonly error: string | undefined;
}

export interface Stores {
  readonly settings: Store<Settings | undefined>;
  readonly profile: Store<ProfileView | undefined>;
  readonly appInfo: Store<AppInfo | undefined>;
  readonly relayStatus: ValueStore<RelayStatus | undefined>;
  readonly connection: Store<ConnectionState | undefined>;
  readonly link: ValueStore<LinkState | undefined>;
  readonly conversations: Store<ConversationsState>;
}

/**
 * The chat list: one full read, then the host's incremental changes; changes that
 * arrive before the first answer are applied to it, not lost.
 */
function conversationsStore(api: ParleyApi): Store<ConversationsState> {
  return new ValueStore<ConversationsState>({ conversations: undefined, error: undefined }, (store) => {
    const early: Array<Parameters<typeof applyConversationChange>[1]> = [];
    let loaded = false;
    api.chats.onDidChangeConversations((change) => {
      if (!loaded) {
        early.push(change);
        return;
      }
      store.update((current) => ({ ...current, conversations: applyConversationChange(current.conversations ?? [], change) }));
    });
    api.chats.listConversations().then(
      (list) => {
        loaded = true;
        const sorted = early.reduce<ReadonlyArray<ConversationSummary>>(applyConversationChange, applyConversationChange([], { upserted: list, removedIds: [] }));
        store.set({ conversations: sorted, error: undefined });
      },
      (failure: unknown) => {
        store.set({ conversations: [], error: hostErrorText(failure) });
      },
    );
  });
}

export function createStores(api: ParleyApi): Stores {
  const relayStatus = hostValueStore(() => api.app.checkRelay(), (listener) => api.app.onDidChangeRelayStatus(listener));
  return {
    settings: hostValueStore(() => api.settings.get(), (listener) => api.settings.onDidChangeSettings(listener)),
    profile: hostValueStore(() => api.profile.get(), (listener) => api.profile.onDidChangeProfile(listener)),
    appInfo: hostValueStore(() => api.app.getInfo(), () => () => undefined),
    relayStatus,
    connection: hostValueStore(() => api.connection.getState(), (listener) => api.connection.onDidChangeState(listener)),
    link: hostValueStore(() => api.link.getState(), (listener) => api.link.onDidChangeLinkState(listener)),
    conversations: conversationsStore(api),
  };
}

/** One set of stores per API: the host's for the app, a test's own for a component test. */
const storesByApi = new WeakMap<ParleyApi, Stores>();

export const StoresContext = createContext<Stores | undefined>(undefined);

export function useStores(): Stores {
  const provided = useContext(StoresContext);
  const api = useApi();
  if (provided !== undefined) return provided;
  let stores = storesByApi.get(api);
  if (stores === undefined) {
    stores = createStores(api);
    storesByApi.set(api, stores);
  }
  return stores;
}
