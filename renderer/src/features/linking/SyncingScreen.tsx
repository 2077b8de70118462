import { useTranslation } from 'react-i18next';
import type { HistoryProblem, LinkState } from '../../../../shared/ipc/link';
import { formatBytes } from '../conversation/attachmentModel';
import { Icon } from '../../ui/Icons';
import './syncing.css';

/** Downloading is the first part of the bar, importing the rest (it is most of the work). */
const downloadShare = 0.3;

/** Right after linking: the phone's history arriving, in bytes and items, with a way to skip the rest. */
export function SyncingScreen(props: {
  readonly state: Extract<LinkState, { kind: 'syncing' }>;
  readonly onCancel: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { state } = props;
  const number = new Intl.NumberFormat(i18n.language);
  const downloaded = state.totalBytes === 0 ? 1 : Math.min(1, state.receivedBytes / state.totalBytes);
  const imported = state.messages === 0 ? 1 : Math.min(1, state.importedMessages / state.messages);
  const percent = Math.round((state.phase === 'downloading' ? downloaded * downloadShare : downloadShare + imported * (1 - downloadShare)) * 100);
  return (
    <main className="link-screen">
      <section className="sync-card" aria-labelledby="syncing-title" aria-describedby="syncing-body">
        <div className="sync-head">
          <span className="sync-icon" aria-hidden="true">
            <Icon name="shield" />
          </span>
          <div>
            <h1 id="syncing-title">{t('syncing.title')}</h1>
            <p id="syncing-body" className="lead">
              {t('syncing.body')}
            </p>
          </div>
        </div>
        <progress max={100} value={percent} aria-label={t('syncing.progressLabel')} aria-valuetext={t('syncing.percent', { percent })} />
        <p className="sync-phase" role="status">
          {state.phase === 'downloading' ? t('syncing.downloading') : t('syncing.importing')}
        </p>
        <dl className="sync-stats">
          <div>
            <dt>{t('syncing.bytesLabel')}</dt>
            <dd>{t('syncing.bytes', { received: formatBytes(state.receivedBytes), total: formatBytes(state.totalBytes) })}</dd>
          </div>
          <div>
            <dt>{t('syncing.messagesLabel')}</dt>
            <dd>{t('syncing.items', { done: number.format(state.importedMessages), total: number.format(state.messages) })}</dd>
          </div>
          <div>
            <dt>{t('syncing.attachmentsLabel')}</dt>
            <dd>
              {state.phase === 'downloading' && state.attachments === 0
                ? t('syncing.notCountedYet')
                : t('syncing.items', { done: number.format(state.importedAttachments), total: number.format(state.attachments) })}
            </dd>
          </div>
        </dl>
        <div className="sync-actions">
          <button type="button" className="secondary" onClick={props.onCancel}>
            {t('syncing.cancel')}
          </button>
          <p className="sync-note">{t('syncing.mediaNote')}</p>
        </div>
      </section>
    </main>
  );
}

/** The words for why the phone's history was not imported (the host sends a code). */
export function historyProblemKey(problem: HistoryProblem): `syncing.problem.${HistoryProblem}` {
  return `syncing.problem.${problem}`;
}
