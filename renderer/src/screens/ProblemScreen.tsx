import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../shared/ipc/link';
import { ConfirmUnlink } from '../components/ConfirmUnlink';

type Problem = Extract<LinkState, { kind: 'failed' }> | Extract<LinkState, { kind: 'unlinked-by-phone' }>;

/**
 * What the user must act on before Parley can go on: a keychain or database that will
 * not open (never silently replaced), or a desktop the phone unlinked.
 */
export function ProblemScreen(props: {
  readonly state: Problem;
  readonly onRetry: () => void;
  readonly onStartOver: () => Promise<void>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { state } = props;
  const title =
    state.kind === 'unlinked-by-phone'
      ? t('problem.unlinkedTitle')
      : state.problem === 'keychain'
        ? t('problem.keychainTitle')
        : t('problem.databaseTitle');
  return (
    <main className="problem-screen">
      <section className="problem-card" role="alert" aria-labelledby="problem-title">
        <h1 id="problem-title">{title}</h1>
        <p>{state.kind === 'unlinked-by-phone' ? t('problem.unlinkedBody') : state.reason}</p>
        <div className="problem-actions">
          <button type="button" onClick={props.onRetry}>
            {state.kind === 'unlinked-by-phone' ? t('problem.linkAgain') : t('problem.tryAgain')}
          </button>
          {state.kind === 'failed' && state.problem === 'database' && !confirming && (
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(true);
              }}
            >
              {t('problem.startOver')}
            </button>
          )}
        </div>
        {confirming && (
          <ConfirmUnlink
            heading="h2"
            onConfirm={() => {
              props.onStartOver().catch(() => undefined);
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
