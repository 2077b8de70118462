/**
 * The chats screen's connection banner (issue 10, item 9): connecting, offline with the
 * reason and a live countdown to the next attempt, "Retry now", and the local relay's
 * supervision (restarting, given up, restarted). Nothing shows while all is well.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../connection.css';
import { Icon } from '../../ui/Icons';
import { connectionBanner, slowConnectMs } from './connectionBanner';
import type { ConnectionBanner as Banner } from './connectionBanner';
import { useApi } from '../../ipc';
import { useConnectionState } from './useConnectionState';

/**
 * The banner's content (undefined when there is nothing to say), kept live by a clock
 * while something counts down; `ChatsScreen` lays it out.
 */
export function useConnectionBanner(): { readonly banner: Banner | undefined; readonly dismissRestart: (restarts: number) => void } {
  const state = useConnectionState();
  const [now, setNow] = useState(() => Date.now());
  const [connectingSince, setConnectingSince] = useState<number>();
  const [dismissedRestarts, setDismissedRestarts] = useState(0);
  const relayKind = state?.relay.kind;
  const attempt = state?.relay.kind === 'connecting' ? state.relay.attempt : 0;
  useEffect(() => {
    setConnectingSince(relayKind === 'connecting' ? Date.now() : undefined);
  }, [relayKind, attempt]);
  const banner = connectionBanner({ state, now, connectingSince, dismissedRestarts });
  // The clock only ticks while something counts down or may turn into "Connecting…".
  const ticking = relayKind === 'connecting' || (banner !== undefined && 'retryInSeconds' in banner);
  useEffect(() => {
    if (!ticking) return undefined;
    setNow(Date.now());
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, Math.min(1_000, slowConnectMs));
    return () => {
      window.clearInterval(timer);
    };
  }, [ticking]);
  return { banner, dismissRestart: setDismissedRestarts };
}

export function ConnectionBanner(props: { readonly banner: Banner; readonly onDismissRestart: (restarts: number) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { connection } = useApi();
  const [retrying, setRetrying] = useState(false);
  const { banner } = props;
  const retry = (
    <button
      type="button"
      className="compact"
      disabled={retrying}
      onClick={() => {
        setRetrying(true);
        connection.retryNow().then(
          () => {
            setRetrying(false);
          },
          () => {
            setRetrying(false);
          },
        );
      }}
    >
      {t('connection.retryNow')}
    </button>
  );
  // role="timer": read on request, not announced every second.
  const countdown = (seconds: number): React.JSX.Element => (
    <span className="countdown" role="timer">
      {seconds > 0 ? t('connection.retryingIn', { count: seconds }) : t('connection.retryingNow')}
    </span>
  );
  switch (banner.kind) {
    case 'connecting':
      return (
        <Frame tone="busy" icon="clock">
          {t('connection.connecting')}
        </Frame>
      );
    case 'offline':
      return (
        <Frame tone="offline" icon="warning" detail={countdown(banner.retryInSeconds)} action={retry}>
          {t('connection.offline', { reason: t(`connection.reason.${banner.reason}`, { status: banner.status ?? 0 }) })}
        </Frame>
      );
    case 'unknown-to-relay':
      return (
        <Frame tone="offline" icon="warning" detail={countdown(banner.retryInSeconds)} action={retry}>
          {t('connection.unknownToRelay')}
        </Frame>
      );
    case 'displaced':
      return (
        <Frame tone="offline" icon="info">
          {t('connection.displaced')}
        </Frame>
      );
    case 'local-relay-restarting':
      return (
        <Frame tone="offline" icon="warning" detail={countdown(banner.retryInSeconds)}>
          {t('connection.localRelayRestarting')}
        </Frame>
      );
    case 'local-relay-failed':
      return (
        <Frame tone="offline" icon="warning" action={retry}>
          {t('connection.localRelayFailed')}
        </Frame>
      );
    case 'local-relay-restarted':
      return (
        <Frame
          tone="note"
          icon="info"
          action={
            <button
              type="button"
              className="compact secondary"
              onClick={() => {
                props.onDismissRestart(banner.restarts);
              }}
            >
              {t('connection.dismiss')}
            </button>
          }
        >
          {t('connection.localRelayRestarted')}
        </Frame>
      );
  }
}

function Frame(props: {
  readonly tone: 'busy' | 'offline' | 'note';
  readonly icon: 'clock' | 'warning' | 'info';
  /** Beside the message, outside its live region (a countdown). */
  readonly detail?: React.ReactNode;
  readonly action?: React.ReactNode;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <section className={`connection-banner ${props.tone}`} aria-label={t('connection.bannerLabel')}>
      <Icon name={props.icon} />
      <p className="connection-banner-text">
        <span role="status">{props.children}</span> {props.detail}
      </p>
      {props.action}
    </section>
  );
}
