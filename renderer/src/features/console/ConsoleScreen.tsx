/**
 * A business desktop: the views with their counts, one view's conversations (filtered,
 * sorted, virtualised), and the open conversation with its console bar, notes and
 * activity. Keyboard first: J/K move, E resolves, Shift+E resolves and moves on, R and N
 * write a reply or a note, S snoozes, A takes it, Ctrl+K opens the command palette.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleInfo, ConsoleSort, ConsoleView } from '../../../../shared/ipc/console';
import type { LinkState } from '../../../../shared/ipc/link';
import type { ThemePreference } from '../../../../shared/ipc/settings';
import { useApi } from '../../ipc';
import { failureText } from '../../i18n/failure';
import { ConnectionBanner, useConnectionBanner } from '../connection/ConnectionBanner';
import { ChatsOverlays } from '../chats/ChatsOverlays';
import { PanelsProvider, usePanels } from '../chats/PanelsContext';
import { Icon } from '../../ui/Icons';
import { ConsoleSidebar } from './ConsoleSidebar';
import { ConsoleList } from './ConsoleList';
import type { ConsoleFilters } from './ConsoleList';
import { ConsoleConversation } from './ConsoleConversation';
import type { ConsoleConversationHandle } from './ConsoleConversation';
import { CommandPalette, ConsoleShortcutsDialog } from './ConsoleDialogs';
import type { ConsoleKeyAction } from './consoleModel';
import { afterResolving, consoleKeyAction, neighbour } from './consoleModel';
import { useConsoleNotifications, useConsolePresence, useConsoleRefused, useConsoleRows } from './useConsole';
import { seatName } from './seats';
import { RefusedChangesDialog } from './RefusedChangesDialog';
import { BusinessSettingsDialog } from './BusinessSettingsDialog';

export interface ConsoleScreenProps {
  readonly info: ConsoleInfo;
  readonly state: Extract<LinkState, { kind: 'linked' }>;
  readonly theme: ThemePreference;
  readonly onThemeChange: (next: ThemePreference) => void;
  readonly onUnlink: () => Promise<void>;
}

export function ConsoleScreen(props: ConsoleScreenProps): React.JSX.Element {
  return (
    <PanelsProvider>
      <ConsoleLayout {...props} />
    </PanelsProvider>
  );
}

const noFilters: ConsoleFilters = { status: null, priority: null, label: null, assignee: null };

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox');
}

function ConsoleLayout(props: ConsoleScreenProps): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const panels = usePanels();
  const connection = useConnectionBanner();
  const [view, setView] = useState<ConsoleView>(props.info.seesAll ? 'all' : 'mine');
  const [sort, setSort] = useState<ConsoleSort>('activity');
  const [filters, setFilters] = useState<ConsoleFilters>(noFilters);
  const [selectedId, setSelectedId] = useState<string>();
  const [dialog, setDialog] = useState<'palette' | 'shortcuts' | 'business' | 'refused'>();
  const presence = useConsolePresence();
  const isAdmin = props.info.mySeat !== null && props.info.mySeat.role !== 'agent';
  const refused = useConsoleRefused(isAdmin);
  const [notice, setNotice] = useState<string>();
  const conversation = useRef<ConsoleConversationHandle>(null);
  const rows = useConsoleRows({ view, sort, ...filters });
  const ids = useMemo(() => (rows.rows ?? []).map((row) => row.summary.id), [rows.rows]);
  // The open row stays open while it leaves the view (resolved, reassigned): its last known summary.
  const lastRow = useRef<NonNullable<typeof rows.rows>[number]>(undefined);
  const row = rows.rows?.find((candidate) => candidate.summary.id === selectedId) ?? (lastRow.current?.summary.id === selectedId ? lastRow.current : undefined);
  if (row !== undefined) lastRow.current = row;
  const mySeatId = props.info.mySeat?.seatId;

  useEffect(() => {
    if (notice === undefined) return undefined;
    const timer = setTimeout(() => {
      setNotice(undefined);
    }, 6_000);
    return () => {
      clearTimeout(timer);
    };
  }, [notice]);

  const open = useCallback(
    (id: string | undefined) => {
      setSelectedId(id);
      if (id !== undefined) api.console.opened(id).catch(() => undefined);
    },
    [api],
  );
  useConsoleNotifications({
    info: props.info,
    openId: selectedId,
    onOpen: open,
    words: (notice) => {
      const by = notice.by === null ? '' : seatName(props.info, notice.by, t);
      if (notice.kind === 'mentioned') return t('console.notify.mentioned', { by, title: notice.title });
      if (notice.kind === 'unassigned') return t('console.notify.unassigned', { title: notice.title });
      return notice.by === null ? t('console.notify.assignedAuto', { title: notice.title }) : t('console.notify.assigned', { by, title: notice.title });
    },
  });
  // The other desktops see which conversation this one shows (online only, never stored).
  useEffect(() => {
    api.console.viewing(selectedId ?? null).catch(() => undefined);
  }, [api, selectedId]);

  const change = useCallback(
    (id: string, next: Parameters<typeof api.console.change>[1]) => {
      api.console.change(id, next).catch((failure: unknown) => {
        setNotice(t('console.bar.failed', { reason: failureText(failure) }));
      });
    },
    [api, t],
  );

  const run = useCallback(
    (action: ConsoleKeyAction) => {
      switch (action) {
        case 'next':
        case 'previous':
          open(neighbour(ids, selectedId, action === 'next' ? 1 : -1));
          return;
        case 'resolve':
        case 'resolve-next':
          if (selectedId === undefined) return;
          change(selectedId, { kind: 'status', status: 'resolved', snoozeUntil: null, untilReply: false });
          if (action === 'resolve-next') open(afterResolving(ids, selectedId));
          return;
        case 'assign-me':
          if (selectedId !== undefined && mySeatId !== undefined) change(selectedId, { kind: 'assignee', seat: mySeatId });
          return;
        case 'reply':
        case 'note':
          conversation.current?.write(action);
          return;
        case 'snooze':
          conversation.current?.openSnooze();
          return;
        case 'palette':
          setDialog('palette');
          return;
        case 'help':
          setDialog('shortcuts');
          return;
      }
    },
    [ids, selectedId, open, change, mySeatId],
  );

  // Capture phase: Ctrl+K is the command palette here, before the chats' jump palette sees it.
  const latest = useRef(run);
  latest.current = run;
  const dialogOpen = dialog !== undefined || panels.current !== undefined;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing || dialogOpen) return;
      const action = consoleKeyAction(event, isTextField(event.target));
      if (action === undefined) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [dialogOpen]);

  const summaries = useMemo(() => rows.rows?.map((candidate) => candidate.summary), [rows.rows]);

  return (
    <div className={`console-screen${connection.banner === undefined ? '' : ' with-banner'}${row === undefined ? '' : ' showing-conversation'}`}>
      {connection.banner !== undefined && <ConnectionBanner banner={connection.banner} onDismissRestart={connection.dismissRestart} />}
      <ConsoleSidebar
        info={props.info}
        view={view}
        counts={rows.counts}
        deviceName={props.state.deviceName}
        onView={(next) => {
          setView(next);
          setFilters(noFilters);
        }}
        onOpenSettings={() => {
          panels.open({ kind: 'settings' });
        }}
        onOpenShortcuts={() => {
          setDialog('shortcuts');
        }}
        presence={presence}
        refusedCount={refused.length}
        onOpenRefused={() => {
          setDialog('refused');
        }}
        availability={mySeatId === undefined ? undefined : (presence.find((seat) => seat.seatId === mySeatId)?.availability ?? 'online')}
        onAvailability={(availability) => {
          api.console.setAvailability(availability).catch((failure: unknown) => {
            setNotice(t('console.bar.failed', { reason: failureText(failure) }));
          });
        }}
        onOpenBusinessSettings={
          isAdmin
            ? () => {
                setDialog('business');
              }
            : undefined
        }
      />
      <ConsoleList
        info={props.info}
        view={view}
        sort={sort}
        filters={filters}
        rows={rows.rows}
        labels={rows.labels}
        error={rows.error}
        selectedId={selectedId}
        onSort={setSort}
        onFilters={setFilters}
        onSelect={open}
        onLoadMore={rows.loadMore}
      />
      <main className="conversation-pane console-conversation-pane">
        {notice !== undefined && (
          <p className="console-notice" role="alert">
            {notice}
          </p>
        )}
        {row === undefined || selectedId === undefined ? (
          <div className="pick-note">
            <span className="pick-note-icon" aria-hidden="true">
              <Icon name="inbox" />
            </span>
            <p className="pick-note-title">{t('console.pick')}</p>
            <p className="pick-note-hint">{t('console.pickHint')}</p>
            <p className="pick-note-hint console-privacy">{t('console.privacy')}</p>
          </div>
        ) : (
          <ConsoleConversation
            key={selectedId}
            ref={conversation}
            info={props.info}
            row={row}
            presence={presence}
            labels={rows.labels}
            onChange={(next) => {
              change(selectedId, next);
            }}
            onResolveNext={() => {
              run('resolve-next');
            }}
            onBack={() => {
              setSelectedId(undefined);
            }}
          />
        )}
      </main>
      {dialog === 'shortcuts' && (
        <ConsoleShortcutsDialog
          onClose={() => {
            setDialog(undefined);
          }}
        />
      )}
      {dialog === 'refused' && (
        <RefusedChangesDialog
          info={props.info}
          refused={refused}
          onClose={() => {
            setDialog(undefined);
          }}
        />
      )}
      {dialog === 'business' && (
        <BusinessSettingsDialog
          onClose={() => {
            setDialog(undefined);
          }}
        />
      )}
      {dialog === 'palette' && (
        <CommandPalette
          hasConversation={row !== undefined}
          onView={(next) => {
            setView(next);
            setFilters(noFilters);
          }}
          onAction={run}
          onClose={() => {
            setDialog(undefined);
          }}
        />
      )}
      <ChatsOverlays
        conversations={summaries}
        selectedConversationId={selectedId}
        onOpenConversation={(id) => {
          open(id);
        }}
        state={props.state}
        theme={props.theme}
        onThemeChange={props.onThemeChange}
        onUnlink={props.onUnlink}
      />
    </div>
  );
}

