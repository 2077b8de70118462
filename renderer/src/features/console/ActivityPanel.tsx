/** A conversation's activity timeline: every device's audit entries for it, oldest first, in words. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ConsoleActivity, ConsoleInfo } from '../../../../shared/ipc/console';
import { consolePrioritySchema, consoleStatusSchema } from '../../../../shared/ipc/console';
import { seatName } from './seats';

function valueText(activity: ConsoleActivity, info: ConsoleInfo, t: TFunction): string {
  const change = activity.change;
  if (change?.value == null) return '';
  if (change.kind === 'status') {
    const status = consoleStatusSchema.safeParse(change.value);
    return status.success ? t(`console.status.${status.data}`) : change.value;
  }
  if (change.kind === 'priority') {
    const priority = consolePrioritySchema.safeParse(change.value);
    return priority.success ? t(`console.priority.${priority.data}`) : change.value;
  }
  if (change.kind === 'assignee' || change.kind === 'participant-add' || change.kind === 'participant-remove') return seatName(info, change.value, t);
  return change.value;
}

const changeKinds = ['status', 'priority', 'assignee', 'label-add', 'label-remove', 'participant-add', 'participant-remove', 'note'] as const;

export function activityText(activity: ConsoleActivity, info: ConsoleInfo, t: TFunction): string {
  const agent = seatName(info, activity.seat, t);
  if (activity.action !== 'change') return t(`console.activity.${activity.action}`, { agent });
  const kind = changeKinds.find((candidate) => candidate === activity.change?.kind);
  if (kind === undefined) return t('console.activity.change.unknown', { agent });
  if (kind === 'assignee' && activity.change?.value === null) return t('console.activity.change.unassigned', { agent });
  return t(`console.activity.change.${kind}`, { agent, value: valueText(activity, info, t) });
}

export function ActivityPanel(props: { readonly info: ConsoleInfo; readonly activity: ReadonlyArray<ConsoleActivity>; readonly onClose: () => void }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const id = useId();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <aside className="activity-panel" aria-labelledby={`${id}-title`}>
      <header className="activity-header">
        <h3 id={`${id}-title`}>{t('console.activity.title')}</h3>
        <button type="button" className="link-button" onClick={props.onClose}>
          {t('console.activity.close')}
        </button>
      </header>
      {props.activity.length === 0 ? (
        <p className="activity-empty">{t('console.activity.empty')}</p>
      ) : (
        <ol className="activity-list">
          {props.activity.map((activity) => (
            <li key={`${activity.seat}:${String(activity.seq)}`} className={`activity-entry action-${activity.action}`}>
              <p className="activity-text">{activityText(activity, props.info, t)}</p>
              <time className="activity-time" dateTime={new Date(activity.at).toISOString()}>
                {time.format(activity.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
