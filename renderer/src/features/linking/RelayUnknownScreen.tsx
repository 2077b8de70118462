import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../../shared/ipc/link';
import { ConfirmUnlink } from './ConfirmUnlink';
import { Icon } from '../../ui/Icons';
import '../../connection.css';
import { secondsUntil } from '../../state/format';

/**
 * The relay refused this desktop without proving it was unlinked (issue 10, item 1):
 * everything stays on this computer, Parley keeps asking, and the user may ask again now
 * or, explicitly and after a confirmation, unlink and start over.
 */
export function RelayUnknownScreen(props: {
  readonly state: Extract<LinkState, { kind: 'relay-unknown' }>;
  readonly relayUrl: string | undefined;
  readonly onRetry: () => void;
  readonly onStartOver: () => Promise<void>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { state } = props;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const now = useClock();
  const seconds = secondsUntil(state.retryAt, now);
  return (
    <main className="problem-screen refused-screen">
      <section className="problem-card" role="alert" aria-labelledby="relay-unknown-title">
        <h1 id="relay-unknown-title">{t('relayUnknown.title')}</h1>
        <p>
          {t('relayUnknown.body', {
            account: state.handle ?? t('relayUnknown.accountFallback'),
            url: props.relayUrl ?? t('relayUnknown.relayFallback'),
          })}
        </p>
        <p className="reason">{t(`relayUnknown.reason.${state.reason}`)}</p>
        <p className="kept">
          <Icon name="shield" />
          <span>{t('relayUnknown.kept')}</span>
        </p>
        <p className="retry-note" role="timer">
          {seconds > 0 ? t('relayUnknown.retrying', { count: seconds }) : t('connection.retryingNow')}
        </p>
        <div className="problem-actions">
          <button type="button" onClick={props.onRetry}>
            {t('relayUnknown.tryAgain')}
          </button>
          {!confirming && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setConfirming(true);
              }}
            >
              {t('relayUnknown.startOver')}
            </button>
          )}
        </div>
        {confirming && (
          <ConfirmUnlink
            heading="h2"
            busy={busy}
            onConfirm={() => {
              setBusy(true);
              props.onStartOver().catch(() => {
                setBusy(false);
              });
            }}
            onCancel={() => {
              setConfirming(false);
            }}
          />
        )}
      </section>
    </main>
  );
}

/** The wall clock, once a second, for a countdown. */
function useClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, 1_000);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return now;
}
