import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../../shared/ipc/link';
import { ConfirmUnlink } from './ConfirmUnlink';
import { ProblemText, offersStartOver, problemTitle } from '../../ui/ProblemText';

type Problem = Extract<LinkState, { kind: 'failed' }>;

/**
 * What the user must act on before Parley can go on: a keychain or database that will
 * not open or failed while running (never silently replaced; every file is kept and
 * its folder shown). A desktop the phone unlinked has a screen of its own.
 */
export function ProblemScreen(props: {
  readonly state: Problem;
  readonly onRetry: () => void;
  readonly onStartOver: () => Promise<void>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { state } = props;
  const startOver = offersStartOver(state.problem);
  return (
    <main className="problem-screen">
      <section className="problem-card" role="alert" aria-labelledby="problem-title">
        <h1 id="problem-title">{problemTitle(t, state.problem)}</h1>
        <ProblemText problem={state.problem} hasLocalData={state.hasLocalData} />
        {state.hasLocalData && (
          <>
            <p>{t('problem.keptFiles')}</p>
            <p className="problem-folder">
              <span>{t('problem.folderLabel')}</span> <code>{state.dataDir}</code>
            </p>
          </>
        )}
        {startOver && (
          <>
            <p>{t('problem.restoreHint')}</p>
            <p>{t('problem.startOverHint')}</p>
          </>
        )}
        <div className="problem-actions">
          <button type="button" onClick={props.onRetry}>
            {t('problem.tryAgain')}
          </button>
          {startOver && !confirming && (
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
