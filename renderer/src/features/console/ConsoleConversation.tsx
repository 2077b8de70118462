/**
 * The open customer conversation in console mode: the thread (replies and private notes
 * interleaved, notes drawn apart), the console bar (status, snooze, assignee, priority,
 * labels, activity) and a composer that writes a reply or a private note.
 */
import { useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleChangeInput, ConsoleInfo, ConsolePresence, ConsoleRow } from '../../../../shared/ipc/console';
import { consolePrioritySchema } from '../../../../shared/ipc/console';
import { ConversationView } from '../conversation/ConversationView';
import type { TimelineNote } from '../conversation/timeline';
import { Icon } from '../../ui/Icons';
import { Avatar } from '../../ui/Avatar';
import type { MenuItem, MenuPosition } from '../../ui/Menu';
import { Menu, positionBelow } from '../../ui/Menu';
import { ActivityPanel } from './ActivityPanel';
import type { SnoozeChoice } from './consoleModel';
import { snoozeUntil } from './consoleModel';
import { NoteComposer } from './NoteComposer';
import type { NoteComposerHandle } from './NoteComposer';
import { seatName } from './seats';
import { useConsoleConversation, useTypingAnnouncer } from './useConsole';
import { formatMessageTime } from '../../state/format';

export interface ConsoleConversationHandle {
  /** Switches the composer to a reply or a note and puts the cursor in it. */
  readonly write: (mode: 'reply' | 'note') => void;
  readonly openSnooze: () => void;
}

export function ConsoleConversation(props: {
  readonly info: ConsoleInfo;
  readonly row: ConsoleRow;
  readonly presence: ConsolePresence;
  readonly labels: ReadonlyArray<string>;
  readonly onChange: (change: ConsoleChangeInput) => void;
  readonly onResolveNext: () => void;
  readonly onBack: () => void;
  readonly ref?: React.Ref<ConsoleConversationHandle>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { info, row, onChange } = props;
  const conversationId = row.summary.id;
  const state = useConsoleConversation(conversationId);
  const [mode, setMode] = useState<'reply' | 'note'>('reply');
  const [menu, setMenu] = useState<{ position: MenuPosition; opener: HTMLElement }>();
  const [showActivity, setShowActivity] = useState(false);
  const [newLabel, setNewLabel] = useState('');
  const snoozeButton = useRef<HTMLButtonElement>(null);
  const noteComposer = useRef<NoteComposerHandle>(null);
  const pane = useRef<HTMLDivElement>(null);
  const mySeatId = info.mySeat?.seatId;
  const canAssignOthers = info.mySeat !== null && info.mySeat.role !== 'agent';

  const announceTyping = useTypingAnnouncer(conversationId);
  const others = props.presence.filter((seat) => seat.seatId !== mySeatId && seat.availability !== 'offline');
  const viewers = others.filter((seat) => seat.viewing === conversationId);
  const typers = others.filter((seat) => seat.typing?.conversationId === conversationId);

  const status = state?.status ?? row.status;
  const assignee = state === undefined ? row.assignee : state.assignee;
  const priority = state?.priority ?? row.priority;
  const labels = state?.labels ?? row.labels;

  const notes = useMemo<ReadonlyArray<TimelineNote>>(
    () =>
      (state?.notes ?? []).map((note) => ({
        id: note.id,
        at: note.at,
        author: seatName(info, note.authorSeat, t),
        text: note.text,
        mentionsMe: mySeatId !== undefined && note.mentions.includes(mySeatId),
      })),
    [state?.notes, info, mySeatId, t],
  );

  const snooze = (choice: SnoozeChoice): void => {
    onChange({ kind: 'status', status: 'snoozed', snoozeUntil: snoozeUntil(choice, Date.now()), untilReply: choice === 'reply' });
  };
  const openSnooze = (): void => {
    const opener = snoozeButton.current;
    if (opener !== null) setMenu({ position: positionBelow(opener), opener });
  };
  const write = (next: 'reply' | 'note'): void => {
    setMode(next);
    // After the mode's composer is drawn.
    requestAnimationFrame(() => {
      if (next === 'note') noteComposer.current?.focus();
      else pane.current?.querySelector<HTMLTextAreaElement>('.console-composer textarea')?.focus();
    });
  };
  useImperativeHandle(props.ref, () => ({ write, openSnooze }));

  const snoozeItems: ReadonlyArray<MenuItem> = (['hour', 'tomorrow', 'week', 'reply'] as const).map((choice) => ({
    id: choice,
    label: t(`console.bar.snooze${choice === 'hour' ? 'Hour' : choice === 'tomorrow' ? 'Tomorrow' : choice === 'week' ? 'Week' : 'Reply'}`),
    onSelect: () => {
      snooze(choice);
    },
  }));

  const assignable = info.roster.filter((seat) => seat.active && (canAssignOthers || seat.seatId === mySeatId));
  const banner = (
    <div className="console-bar" role="toolbar" aria-label={t('console.bar.label')}>
      <div className="console-bar-group">
        {status === 'resolved' ? (
          <button
            type="button"
            className="console-action"
            onClick={() => {
              onChange({ kind: 'status', status: 'open', snoozeUntil: null, untilReply: false });
            }}
          >
            <Icon name="reopen" />
            {t('console.bar.reopen')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="console-action primary"
              aria-keyshortcuts="E"
              onClick={() => {
                onChange({ kind: 'status', status: 'resolved', snoozeUntil: null, untilReply: false });
              }}
            >
              <Icon name="check" />
              {t('console.bar.resolve')}
            </button>
            <button type="button" className="console-action" aria-keyshortcuts="Shift+E" onClick={props.onResolveNext}>
              {t('console.bar.resolveNext')}
            </button>
          </>
        )}
        <button ref={snoozeButton} type="button" className="console-action" aria-haspopup="menu" aria-keyshortcuts="S" onClick={openSnooze}>
          <Icon name="moon" />
          {t('console.bar.snooze')}
        </button>
        {status === 'snoozed' && (
          <span className="console-bar-note">
            {state?.untilReply === true || state?.snoozeUntil == null
              ? t('console.bar.snoozedUntilReply')
              : t('console.bar.snoozedUntil', { time: formatMessageTime(state.snoozeUntil, Date.now()) })}
          </span>
        )}
      </div>
      <div className="console-bar-group">
        <label className="console-field">
          <span>{t('console.bar.assignee')}</span>
          <select
            value={assignee ?? ''}
            onChange={(event) => {
              onChange({ kind: 'assignee', seat: event.target.value === '' ? null : event.target.value });
            }}
          >
            <option value="">{t('console.bar.unassign')}</option>
            {assignable.map((seat) => (
              <option key={seat.seatId} value={seat.seatId}>
                {seatName(info, seat.seatId, t)}
              </option>
            ))}
            {assignee !== null && !assignable.some((seat) => seat.seatId === assignee) && <option value={assignee}>{seatName(info, assignee, t)}</option>}
          </select>
        </label>
        {assignee !== mySeatId && mySeatId !== undefined && (
          <button
            type="button"
            className="console-action"
            aria-keyshortcuts="A"
            onClick={() => {
              onChange({ kind: 'assignee', seat: mySeatId });
            }}
          >
            {t('console.bar.assignMe')}
          </button>
        )}
        <label className="console-field">
          <span>{t('console.bar.priority')}</span>
          <select
            value={priority}
            onChange={(event) => {
              const next = consolePrioritySchema.safeParse(event.target.value);
              if (next.success) onChange({ kind: 'priority', priority: next.data });
            }}
          >
            {consolePrioritySchema.options.map((value) => (
              <option key={value} value={value}>
                {t(`console.priority.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {viewers.length > 0 && (
          <div className="console-viewers" role="group" aria-label={t('console.presence.viewingLabel')}>
            <Icon name="eye" />
            {viewers.map((seat) => {
              const name = seatName(info, seat.seatId, t);
              return (
                <span key={seat.seatId} className="console-viewer" title={t('console.presence.viewer', { name })}>
                  <Avatar id={seat.seatId} title={name} dataUrl={null} size="small" />
                  <span className="visually-hidden">{t('console.presence.viewer', { name })}</span>
                </span>
              );
            })}
          </div>
        )}
        <button
          type="button"
          className={`console-action${showActivity ? ' pressed' : ''}`}
          aria-pressed={showActivity}
          onClick={() => {
            setShowActivity((shown) => !shown);
          }}
        >
          <Icon name="history" />
          {t('console.bar.activity')}
        </button>
      </div>
      <div className="console-bar-group console-labels" role="group" aria-label={t('console.bar.labels')}>
        <Icon name="tag" />
        {labels.map((label) => (
          <span key={label} className="console-label">
            {label}
            <button
              type="button"
              className="console-label-remove"
              aria-label={t('console.bar.removeLabel', { label })}
              onClick={() => {
                onChange({ kind: 'label-remove', label });
              }}
            >
              <Icon name="close" />
            </button>
          </span>
        ))}
        <form
          className="console-label-add"
          onSubmit={(event) => {
            event.preventDefault();
            const label = newLabel.trim();
            if (label === '' || label.length > 40) return;
            onChange({ kind: 'label-add', label });
            setNewLabel('');
          }}
        >
          <input
            type="text"
            list={`labels-${conversationId}`}
            aria-label={t('console.bar.addLabel')}
            placeholder={t('console.bar.addLabel')}
            maxLength={40}
            value={newLabel}
            onChange={(event) => {
              setNewLabel(event.target.value);
            }}
          />
          <datalist id={`labels-${conversationId}`}>
            {props.labels
              .filter((label) => !labels.includes(label))
              .map((label) => (
                <option key={label} value={label} />
              ))}
          </datalist>
          <button type="submit" className="link-button" disabled={newLabel.trim() === ''}>
            {t('console.bar.addLabelButton')}
          </button>
        </form>
      </div>
    </div>
  );

  return (
    <div ref={pane} className={`console-conversation${showActivity ? ' with-activity' : ''}`}>
      <div className="console-thread">
        <ConversationView
          conversation={row.summary}
          onBack={props.onBack}
          notes={notes}
          banner={banner}
          composerFrame={(composer) => (
            <div
              className={`console-composer mode-${mode}`}
              onInput={() => {
                announceTyping(mode);
              }}
            >
              <p className="console-typing" role="status">
                {typers
                  .map((seat) =>
                    t(seat.typing?.kind === 'note' ? 'console.presence.typingNote' : 'console.presence.typingReply', { name: seatName(info, seat.seatId, t) }),
                  )
                  .join(' ')}
              </p>
              <div className="console-composer-modes" role="radiogroup" aria-label={t('console.composer.modes')}>
                {(['reply', 'note'] as const).map((value) => (
                  <button
                    key={value}
                    type="button"
                    role="radio"
                    aria-checked={mode === value}
                    aria-keyshortcuts={value === 'reply' ? 'R' : 'N'}
                    className={`console-mode${mode === value ? ' selected' : ''}`}
                    onClick={() => {
                      write(value);
                    }}
                  >
                    {value === 'note' && <Icon name="lock" />}
                    {t(`console.composer.${value}`)}
                  </button>
                ))}
              </div>
              {mode === 'reply' ? (
                composer
              ) : (
                <NoteComposer
                  ref={noteComposer}
                  info={info}
                  onAdd={(text, mentions) => {
                    onChange({ kind: 'note', text, mentions: [...mentions] });
                    announceTyping(null);
                  }}
                />
              )}
            </div>
          )}
        />
      </div>
      {showActivity && (
        <ActivityPanel
          info={info}
          activity={state?.activity ?? []}
          onClose={() => {
            setShowActivity(false);
          }}
        />
      )}
      {menu !== undefined && (
        <Menu
          label={t('console.bar.snoozeMenu')}
          items={snoozeItems}
          position={menu.position}
          returnFocus={menu.opener}
          onClose={() => {
            setMenu(undefined);
          }}
        />
      )}
    </div>
  );
}
