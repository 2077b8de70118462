/** The console's left column: the business and this agent, the views with their counts, and the privacy note. */
import { useTranslation } from 'react-i18next';
import type { ConsoleInfo, ConsoleView } from '../../../../shared/ipc/console';
import { consoleViews } from '../../../../shared/ipc/console';
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
      <p className="console-privacy-note">
        <Icon name="shield" />
        <span>{t('console.privacyShort')}</span>
      </p>
      <footer className="console-sidebar-footer">
        <button type="button" className="icon-button" aria-label={t('console.shortcuts.title')} title={t('console.shortcuts.title')} onClick={props.onOpenShortcuts}>
          <Icon name="info" />
        </button>
        <button type="button" className="icon-button" aria-label={t('conversation.list.settings')} title={t('conversation.list.settings')} onClick={props.onOpenSettings}>
          <Icon name="settings" />
        </button>
        <span className="console-device">{props.deviceName}</span>
      </footer>
    </nav>
  );
}
