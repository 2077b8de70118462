/**
 * Keeps `console_state` (migration 0010) equal to the join of each customer's applied
 * ops: rewritten from that customer's ops whenever one is applied, so a row can never
 * drift from the ops, and rebuilt whole when its format changes. The settings
 * conversation is no customer's and gets no row (the views list customers only).
 */
import { settingsConversation } from '../../../shared/domain/console/settings';
import { emptyConversation, members, notesInOrder } from '../../../shared/domain/console/state';
import { encodeHlc } from '../../../shared/domain/hlc';
import type { Store } from '../../store';
import { inboxState } from './ops';

/** Bump when the materialised row changes meaning: every device rebuilds on its next start. */
const stateVersion = 1;

export type MaterialiseRepository = Pick<Store, 'listConsoleOps' | 'putConsoleState' | 'getItem' | 'setItem' | 'transaction'>;

/** Rewrites the rows of these customers from their ops (inside the caller's transaction). */
export function materialise(store: MaterialiseRepository, customers: Iterable<string>): void {
  for (const customer of new Set(customers)) {
    if (customer === settingsConversation) continue;
    const ops = store.listConsoleOps({ conversation: customer });
    const state = inboxState({ listConsoleOps: () => ops }).get(customer) ?? emptyConversation;
    const notes = notesInOrder(state);
    const status = state.status?.value;
    store.putConsoleState(
      {
        customer,
        status: status?.status ?? 'open',
        snoozeUntil: status?.snoozeUntil ?? null,
        untilReply: status?.untilReply ?? false,
        statusAt: state.status?.at.wall ?? 0,
        priority: state.priority?.value ?? 'none',
        assignee: state.assignee?.value ?? null,
        labels: members(state.labels),
        notes: notes.length,
        changedAt: ops.at(-1)?.at ?? '',
      },
      notes.flatMap((note) => note.mentions.map((seat) => ({ seat, note: note.id, at: encodeHlc(note.at) }))),
    );
  }
}

/** On start: rebuilds every row when they were made by another version (or before there were rows). */
export function rebuildIfStale(store: MaterialiseRepository): void {
  if (store.getItem('consoleStateVersion') === stateVersion) return;
  store.transaction(() => {
    materialise(
      store,
      store.listConsoleOps().map((op) => op.conversation),
    );
    store.setItem('consoleStateVersion', stateVersion);
  });
}
