/** The console's left column: the business and this agent, the views with their counts, and the privacy note. */
import { useTranslation } from 'react-i18next';
import type { ConsoleAvailability, ConsoleInfo, ConsolePresence, ConsoleView } from '../../../../shared/ipc/console';
import { availabilitySchema, consoleViews } from '../../../../shared/ipc/console';
import type { IconName } from '../../ui/Icons';
import { Icon } from '../../ui/Icons';

const viewIcons: Readonly<Record<ConsoleView, IconName>> = {
  mine: 'user',
  unassigned: 'inbox',
  all: 'details',
  mentions: 'at',
  unattended: 'clock',
  snoozed: 'moon',
  resolved: 'check',
};

export function ConsoleSidebar(props: {
  readonly info: ConsoleInfo;
  readonly view: ConsoleView;
  readonly counts: Readonly<Record<ConsoleView, number>> | undefined;
  readonly deviceName: string;
  readonly onView: (view: ConsoleView) => void;
  readonly onOpenSettings: () => void;
  readonly onOpenShortcuts: () => void;
  /** This seat's availability as the other desktops see it; undefined without a seat. */
  readonly availability: ConsoleAvailability | undefined;
  readonly onAvailability: (availability: ConsoleAvailability) => void;
  /** Admins and the owner: the business settings. */
  readonly onOpenBusinessSettings: (() => void) | undefined;
  readonly presence: ConsolePresence;
  /** Admins: how many changes were refused, and how to see them. */
  readonly refusedCount: number;
  readonly onOpenRefused: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { info } = props;
  return (
    <nav className="console-sidebar" aria-labelledby="console-heading">
      <header className="console-brand">
        <h1 id="console-heading">{info.business?.name ?? t('console.heading')}</h1>
        <p className="console-agent">
          {info.mySeat === null ? t('console.waitingForSeat') : t('console.agentLine', { agent: info.mySeat.name, role: t(`console.role.${info.mySeat.role}`) })}
        </p>
        {props.availability !== undefined && (
          <label className={`console-availability availability-${props.availability}`}>
            <span>{t('console.availability.label')}</span>
            <select
              value={props.availability}
              onChange={(event) => {
                const next = availabilitySchema.safeParse(event.target.value);
                if (next.success) props.onAvailability(next.data);
              }}
            >
              {availabilitySchema.options.map((availability) => (
                <option key={availability} value={availability}>
                  {t(`console.availability.${availability}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <ul className="console-views" aria-label={t('console.views.label')}>
        {consoleViews.map((view) => {
          const count = props.counts?.[view];
          return (
            <li key={view}>
              <button
                type="button"
                className={`console-view${view === props.view ? ' selected' : ''}`}
                aria-current={view === props.view ? 'page' : undefined}
                aria-label={count === undefined ? t(`console.views.${view}`) : `${t(`console.views.${view}`)}, ${t('console.views.count', { count })}`}
                onClick={() => {
                  props.onView(view);
                }}
              >
                <Icon name={viewIcons[view]} />
                <span className="console-view-name">{t(`console.views.${view}`)}</span>
                {count !== undefined && <span className="console-view-count">{count > 9999 ? '9999+' : count}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <h2 className="console-team-heading" id="console-team-heading">
        {t('console.team.label')}
      </h2>
      <ul className="console-team" aria-labelledby="console-team-heading">
        {info.roster
          .filter((seat) => seat.active && seat.role !== 'owner' && seat.seatId !== info.mySeat?.seatId)
          .map((seat) => {
            const availability = props.presence.find((entry) => entry.seatId === seat.seatId)?.availability ?? 'offline';
            return (
              <li key={seat.seatId} className={`console-team-member availability-${availability}`}>
                <span className="console-team-name">{seat.name}</span>
                <span className="console-team-state">{t(`console.availability.${availability}`)}</span>
              </li>
            );
          })}
      </ul>
      {props.refusedCount > 0 && (
        <button type="button" className="console-refused" onClick={props.onOpenRefused}>
          <Icon name="warning" />
          {t('console.refused.open', { count: props.refusedCount })}
        </button>
      )}
      <p className="console-privacy-note">
        <Icon name="shield" />
        <span>{t('console.privacyShort')}</span>
      </p>
      <footer className="console-sidebar-footer">
        <button type="button" className="icon-button" aria-label={t('console.shortcuts.title')} title={t('console.shortcuts.title')} onClick={props.onOpenShortcuts}>
          <Icon name="info" />
        </button>
        {props.onOpenBusinessSettings !== undefined && (
          <button type="button" className="icon-button" aria-label={t('console.settings.open')} title={t('console.settings.open')} onClick={props.onOpenBusinessSettings}>
            <Icon name="inbox" />
          </button>
        )}
        <button type="button" className="icon-button" aria-label={t('conversation.list.settings')} title={t('conversation.list.settings')} onClick={props.onOpenSettings}>
          <Icon name="settings" />
        </button>
        <span className="console-device">{props.deviceName}</span>
      </footer>
    </nav>
  );
}
