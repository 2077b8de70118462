import { useTranslation } from 'react-i18next';
import type { RelayStatus } from '../../../../shared/ipc/app';

export function RelayStatusLine(props: {
  readonly status: RelayStatus | undefined;
  readonly onRetry: () => void;
}): React.JSX.Element {
  const { status } = props;
  const { t } = useTranslation();
  if (status === undefined || status.checkedAt === 0) {
    return (
      <p className="relay-status pending" role="status">
        {t('relay.checking')}
      </p>
    );
  }
  if (status.reachable) {
    return (
      <p className="relay-status ok" role="status">
        <span className="dot" aria-hidden="true" /> {t('relay.connected', { url: status.url })}
      </p>
    );
  }
  return (
    <div className="relay-status problem" role="alert">
      <p>
        <span className="dot" aria-hidden="true" /> {t('relay.unreachable', { problem: t(`relay.problem.${status.problem ?? 'refused'}`, { url: status.url, status: status.httpStatus ?? 0 }) })}
      </p>
      <button type="button" onClick={props.onRetry}>
        {t('relay.retry')}
      </button>
    </div>
  );
}
