/**
 * One view's conversations: filters and sort above, then a virtualised list (only the
 * rows on screen are drawn, so 10,000 conversations scroll as 20 do) that reads the next
 * page as the user nears its end. Each row: customer, preview, waiting time, priority,
 * assignee and labels.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleInfo, ConsolePriority, ConsoleRow, ConsoleSort, ConsoleStatus, ConsoleView } from '../../../../shared/ipc/console';
import { consolePrioritySchema, consoleSortSchema, consoleStatusSchema } from '../../../../shared/ipc/console';
import { Avatar } from '../../ui/Avatar';
import { previewText } from '../../i18n/preview';
import { previewOf } from '../chats/listModel';
import { formatMessageTime, shortTitle, unreadBadge } from '../../state/format';
import { seatName, waitingText } from './seats';

export interface ConsoleFilters {
  readonly status: ConsoleStatus | null;
  readonly priority: ConsolePriority | null;
  readonly label: string | null;
  readonly assignee: string | null;
}

const rowHeight = 84;

export function ConsoleList(props: {
  readonly info: ConsoleInfo;
  readonly view: ConsoleView;
  readonly sort: ConsoleSort;
  readonly filters: ConsoleFilters;
  readonly rows: ReadonlyArray<ConsoleRow> | undefined;
  readonly labels: ReadonlyArray<string>;
  readonly error: string | undefined;
  readonly selectedId: string | undefined;
  readonly onSort: (sort: ConsoleSort) => void;
  readonly onFilters: (filters: ConsoleFilters) => void;
  readonly onSelect: (id: string) => void;
  readonly onLoadMore: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const rows = props.rows ?? [];
  const { filters, onFilters, onLoadMore } = props;
  const filtered = filters.status !== null || filters.priority !== null || filters.label !== null || filters.assignee !== null;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.summary.id ?? index,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const totalSize = virtualizer.getTotalSize();
  useLayoutEffect(() => {
    if (inner.current !== null) inner.current.style.height = `${String(totalSize)}px`;
  }, [totalSize]);
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (rows.length > 0 && lastIndex >= rows.length - 20) onLoadMore();
  }, [lastIndex, rows.length, onLoadMore]);
  // The selected row stays in sight when keys move the selection.
  const selectedIndex = rows.findIndex((row) => row.summary.id === props.selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const select = <T extends string>(value: string, options: ReadonlyArray<T>): T | null => (options.includes(value as T) ? (value as T) : null);
  const now = Date.now();
  return (
    <section className="console-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="console-list-title">
        {t(`console.views.${props.view}`)}
      </h2>
      <div className="console-filters" role="group" aria-label={t('console.filters.label')}>
        <label>
          <span>{t('console.filters.status')}</span>
          <select
            value={filters.status ?? ''}
            onChange={(event) => {
              onFilters({ ...filters, status: select(event.target.value, consoleStatusSchema.options) });
            }}
          >
            <option value="">{t('console.filters.any')}</option>
            {consoleStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {t(`console.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('console.filters.priority')}</span>
          <select
            value={filters.priority ?? ''}
            onChange={(event) => {
              onFilters({ ...filters, priority: select(event.target.value, consolePrioritySchema.options) });
            }}
          >
            <option value="">{t('console.filters.any')}</option>
            {consolePrioritySchema.options.map((priority) => (
              <option key={priority} value={priority}>
                {t(`console.priority.${priority}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('console.filters.labelFilter')}</span>
          <select
            value={filters.label ?? ''}
            onChange={(event) => {
              onFilters({ ...filters, label: event.target.value === '' ? null : event.target.value });
            }}
          >
            <option value="">{t('console.filters.any')}</option>
            {props.labels.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('console.filters.assignee')}</span>
          <select
            value={filters.assignee ?? ''}
            onChange={(event) => {
              onFilters({ ...filters, assignee: event.target.value === '' ? null : event.target.value });
            }}
          >
            <option value="">{t('console.filters.any')}</option>
            <option value="none">{t('console.filters.nobody')}</option>
            {props.info.roster
              .filter((seat) => seat.active)
              .map((seat) => (
                <option key={seat.seatId} value={seat.seatId}>
                  {seat.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          <span>{t('console.filters.sort')}</span>
          <select
            value={props.sort}
            onChange={(event) => {
              props.onSort(select(event.target.value, consoleSortSchema.options) ?? 'activity');
            }}
          >
            {consoleSortSchema.options.map((sort) => (
              <option key={sort} value={sort}>
                {t(`console.sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onFilters({ status: null, priority: null, label: null, assignee: null });
            }}
          >
            {t('console.filters.clear')}
          </button>
        )}
      </div>
      {props.error !== undefined && (
        <p className="console-list-error" role="alert">
          {t('console.list.loadFailed', { reason: props.error })}
        </p>
      )}
      {props.rows !== undefined && rows.length === 0 && <p className="console-list-empty">{filtered ? t('console.list.emptyFiltered') : t('console.list.empty')}</p>}
      <div ref={scroller} className="console-rows-scroller">
        <div ref={inner} className="console-rows" role="listbox" aria-label={t('console.list.label', { view: t(`console.views.${props.view}`) })}>
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <ConsoleListRow
                key={item.key}
                start={item.start}
                row={row}
                info={props.info}
                now={now}
                selected={row.summary.id === props.selectedId}
                onSelect={props.onSelect}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}

function ConsoleListRow(props: {
  readonly start: number;
  readonly row: ConsoleRow;
  readonly info: ConsoleInfo;
  readonly now: number;
  readonly selected: boolean;
  readonly onSelect: (id: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const { row, start } = props;
  const { summary } = row;
  useLayoutEffect(() => {
    if (element.current !== null) element.current.style.transform = `translateY(${String(start)}px)`;
  }, [start]);
  const title = shortTitle(summary.title);
  const preview = previewOf(summary);
  const badge = unreadBadge(summary.unread);
  const assignee = row.assignee === null ? t('console.list.unassigned') : t('console.list.assignedTo', { agent: seatName(props.info, row.assignee, t) });
  return (
    <div
      ref={element}
      role="option"
      aria-selected={props.selected}
      tabIndex={props.selected ? 0 : -1}
      className={`console-row${props.selected ? ' selected' : ''}${summary.unread > 0 ? ' unread' : ''}`}
      data-conversation-id={summary.id}
      onClick={() => {
        props.onSelect(summary.id);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          props.onSelect(summary.id);
        }
      }}
    >
      <Avatar id={summary.id} title={summary.title} dataUrl={summary.avatarDataUrl} />
      <div className="console-row-main">
        <p className="console-row-top">
          <span className="console-row-title">{title}</span>
          {summary.lastMessageAt !== null && <span className="console-row-time">{formatMessageTime(summary.lastMessageAt, props.now)}</span>}
        </p>
        <p className="console-row-preview">
          {preview.prefix === 'you' && <span className="preview-prefix">{t('conversation.list.you')} </span>}
          {preview.event !== undefined ? t(`conversation.list.event.${preview.event}`) : preview.preview === null ? '' : previewText(preview.preview)}
        </p>
        <p className="console-row-meta">
          {row.priority !== 'none' && <span className={`console-priority priority-${row.priority}`}>{t(`console.priority.${row.priority}`)}</span>}
          {row.status !== 'open' && <span className={`console-status status-${row.status}`}>{t(`console.status.${row.status}`)}</span>}
          {row.waitingSince !== null && row.status !== 'resolved' && <span className="console-waiting">{waitingText(row.waitingSince, props.now, t)}</span>}
          <span className="console-assignee">{assignee}</span>
          {row.labels.slice(0, 3).map((label) => (
            <span key={label} className="console-label">
              {label}
            </span>
          ))}
        </p>
      </div>
      {badge !== undefined && (
        <span className="unread-badge" aria-label={t('console.list.unread', { count: summary.unread })}>
          {badge}
        </span>
      )}
    </div>
  );
}
