import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLinkAttemptProblem } from '../../shared/ipc/link';

import { ChatsScreen } from './features/chats/ChatsScreen';
import { ConsoleScreen } from './features/console/ConsoleScreen';
import { useConsoleInfo } from './features/console/useConsole';
import { LinkScreen } from './features/linking/LinkScreen';
import { ProblemScreen } from './features/linking/ProblemScreen';
import { RelayUnknownScreen } from './features/linking/RelayUnknownScreen';
import { SyncingScreen } from './features/linking/SyncingScreen';
import { UnlinkedByPhoneScreen } from './features/linking/UnlinkedByPhoneScreen';
import { useAppInfo } from './state/useAppInfo';
import { useLinkState } from './features/linking/useLinkState';
import { useRelayStatus } from './features/connection/useRelayStatus';
import { useTheme } from './features/settings/useTheme';
import { hostErrorText } from './i18n/failure';

export function App(): React.JSX.Element {
  const info = useAppInfo();
  const relay = useRelayStatus();
  const theme = useTheme();
  const link = useLinkState();
  const linkKind = link.state?.kind;
  const startLinking = link.start;
  const recheck = relay.recheck;

  // A relay that comes back gets the code going again without a click.
  const relayReachable = relay.status?.reachable === true;
  useEffect(() => {
    if (relayReachable && linkKind === 'relay-unreachable') startLinking();
  }, [relayReachable, linkKind, startLinking]);

  const retryRelay = useCallback(() => {
    recheck();
    if (linkKind === 'relay-unreachable') startLinking();
  }, [recheck, linkKind, startLinking]);

  return (
    <>
      <Screen link={link} info={info} relay={relay.status} retryRelay={retryRelay} theme={theme} />
      {link.actionProblem !== undefined && <ActionProblem problem={link.actionProblem} />}
    </>
  );
}

function Screen(props: {
  readonly link: ReturnType<typeof useLinkState>;
  readonly info: ReturnType<typeof useAppInfo>;
  readonly relay: ReturnType<typeof useRelayStatus>['status'];
  readonly retryRelay: () => void;
  readonly theme: ReturnType<typeof useTheme>;
}): React.JSX.Element {
  const { link, info, theme, retryRelay } = props;
  const state = link.state;
  if (state?.kind === 'syncing') return <SyncingScreen state={state} onCancel={link.cancelHistorySync} />;
  if (state?.kind === 'linked') {
    return <LinkedScreen state={state} theme={theme.preference} onThemeChange={theme.setPreference} onUnlink={link.unlink} />;
  }
  if (state?.kind === 'unlinked-by-phone') return <UnlinkedByPhoneScreen state={state} onDelete={link.unlink} />;
  if (state?.kind === 'relay-unknown') {
    return <RelayUnknownScreen state={state} relayUrl={props.relay?.url} onRetry={link.start} onStartOver={link.unlink} />;
  }
  // A keychain problem on a first run belongs on the link screen: nothing is lost yet.
  if (state?.kind === 'failed' && !isLinkAttemptProblem(state.problem) && state.hasLocalData) {
    return <ProblemScreen state={state} onRetry={link.start} onStartOver={link.unlink} />;
  }
  return (
    <LinkScreen
      info={info}
      relay={props.relay}
      onRetryRelay={retryRelay}
      theme={theme.preference}
      onThemeChange={theme.setPreference}
      link={state}
      onStartLinking={link.start}
      onCancelLinking={link.cancel}
      onDeviceNameChange={link.setDeviceName}
    />
  );
}

/** A linked desktop: the agent console when the account is a business, else the chats. */
function LinkedScreen(props: React.ComponentProps<typeof ChatsScreen>): React.JSX.Element | null {
  const info = useConsoleInfo();
  // A moment until the host answers: nothing rather than the wrong screen.
  if (info === undefined) return null;
  if (info.business !== null) return <ConsoleScreen info={info} {...props} />;
  return <ChatsScreen {...props} />;
}

/** A link action the host refused, in its words, over whichever screen is showing. */
function ActionProblem(props: { readonly problem: unknown }): React.JSX.Element {
  const { t } = useTranslation();
  const reason = hostErrorText(props.problem);
  return (
    <p className="action-problem" role="alert">
      {reason === undefined ? t('problem.actionFailedUnknown') : t('problem.actionFailed', { reason })}
    </p>
  );
}
