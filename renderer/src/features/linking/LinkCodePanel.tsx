import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../../shared/ipc/link';
import { secondsUntil } from '../../state/format';
import { CopyLinkButton } from './CopyLinkButton';
import { ProblemText, problemTitle } from '../../ui/ProblemText';
import { QrCode } from './QrCode';

/** The right half of the link screen: the code itself, or why there is none and what to do. */
export function LinkCodePanel(props: {
  readonly state: LinkState | undefined;
  readonly onStart: () => void;
  readonly onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { state } = props;
  const tryAgain = (
    <button type="button" onClick={props.onStart}>
      {t('link.tryAgain')}
    </button>
  );
  if (state === undefined || state.kind === 'opening' || state.kind === 'connecting') {
    return (
      <div className="code-panel waiting" aria-busy="true">
        <div className="qr qr-placeholder" aria-hidden="true" />
        <p className="code-note">{state?.kind === 'opening' ? t('link.opening') : t('link.preparing')}</p>
      </div>
    );
  }
  switch (state.kind) {
    case 'showing-code':
      return <ShownCode state={state} onCancel={props.onCancel} />;
    case 'relay-unreachable':
      return (
        <div className="code-panel notice">
          <h2>{t('link.relayUnreachableTitle')}</h2>
          <p>{state.problem}</p>
          {tryAgain}
        </div>
      );
    case 'expired':
      return (
        <div className="code-panel notice">
          <h2>{t('link.expiredTitle')}</h2>
          <p>{t('link.expiredBody')}</p>
          {tryAgain}
        </div>
      );
    case 'not-linked':
      return (
        <div className="code-panel notice">
          <h2>{t('link.cancelledTitle')}</h2>
          <p>{t('link.cancelledBody')}</p>
          <button type="button" onClick={props.onStart}>
            {t('link.showCode')}
          </button>
        </div>
      );
    case 'linking':
    case 'syncing':
    case 'linked':
      return (
        <div className="code-panel notice" aria-busy="true">
          <h2>{t('link.linkingTitle')}</h2>
          <p>{t('link.linkingBody')}</p>
        </div>
      );
    case 'failed':
      return (
        // Assertive rather than role="alert": the relay line below owns the screen's one alert.
        <div className="code-panel notice problem" aria-live="assertive" aria-atomic="true">
          <h2>{problemTitle(t, state.problem)}</h2>
          <ProblemText problem={state.problem} hasLocalData={state.hasLocalData} />
          {tryAgain}
        </div>
      );
    // These have screens of their own (App); listed so the switch stays exhaustive.
    case 'unlinked-by-phone':
    case 'relay-unknown':
      return <></>;
  }
}

function ShownCode(props: {
  readonly state: Extract<LinkState, { kind: 'showing-code' }>;
  readonly onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { state } = props;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return (
    <div className="code-panel">
      <QrCode value={state.url} label={t('link.qrAlt')} />
      <p className="code-note">
        {t('link.codeRefresh', { seconds: secondsUntil(state.expiresAt, now), rotation: state.rotation, max: state.maxRotations })}
      </p>
      <div className="code-actions">
        <CopyLinkButton url={state.url} />
        <button type="button" className="link-button" onClick={props.onCancel}>
          {t('link.cancel')}
        </button>
      </div>
      <details className="link-url">
        <summary>{t('link.showLink')}</summary>
        <code>{state.url}</code>
      </details>
    </div>
  );
}
