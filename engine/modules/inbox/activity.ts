/**
 * A conversation's activity timeline: its entries in every device's audit chain, oldest
 * first by hybrid clock, each change with the op it names (what changed, to what).
 */
import type { AuditEntry } from '../../../shared/domain/console/audit';
import type { ConsoleChange } from '../../../shared/domain/console/state';
import { compareHlc } from '../../../shared/domain/hlc';
import type { Store } from '../../store';
import { parseAudit } from './ops';
import { consoleOpSchema, parseJsonWith } from '../../../shared/domain/console/wire';

export interface ActivityEntry {
  readonly entry: AuditEntry;
  /** For a change: the op's change, when this device holds that op (applied or refused). */
  readonly change: ConsoleChange | null;
}

export function conversationActivity(store: Pick<Store, 'listAuditEntries' | 'listConsoleOps'>, customer: string): Array<ActivityEntry> {
  const entries = store.listAuditEntries().flatMap((row) => {
    const entry = parseAudit(row.entry);
    return entry?.conversation === customer ? [entry] : [];
  });
  const ops = new Map(
    [...store.listConsoleOps({ conversation: customer }), ...store.listConsoleOps({ refused: true })].map((stored) => [stored.id, stored.op]),
  );
  return entries
    .sort((a, b) => compareHlc(a.at, b.at) || a.seat.localeCompare(b.seat) || a.seq - b.seq)
    .map((entry) => {
      const json = entry.action === 'change' ? ops.get(entry.detail) : undefined;
      const op = json === undefined ? undefined : parseJsonWith(consoleOpSchema, json);
      return { entry, change: op?.change ?? null };
    });
}
