import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../shared/ipc/link';
import { formatBytes } from '../conversation/attachmentModel';


/** Right after linking: the phone's history arriving, with progress and a way to skip it. */
export function SyncingScreen(props: {
  readonly state: Extract<LinkState, { kind: 'syncing' }>;
  readonly onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { state } = props;
  // Downloading is the first half of the bar, importing the second.
  const downloaded = state.totalBytes === 0 ? 1 : Math.min(1, state.receivedBytes / state.totalBytes);
  const imported = state.conversations === 0 ? 1 : state.importedConversations / state.conversations;
  const percent = Math.round((state.phase === 'downloading' ? downloaded / 2 : 0.5 + imported / 2) * 100);
  return (
    <main className="link-screen">
      <section className="link-card syncing" aria-labelledby="syncing-title">
        <h1 id="syncing-title">{t('syncing.title')}</h1>
        <p className="lead">{t('syncing.body')}</p>
        <progress max={100} value={percent} aria-label={t('syncing.progressLabel')} />
        <p className="sync-detail" role="status">
          {state.phase === 'downloading'
            ? t('syncing.downloading', { received: formatBytes(state.receivedBytes), total: formatBytes(state.totalBytes) })
            : t('syncing.importing', { done: state.importedConversations, total: state.conversations })}
        </p>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('syncing.cancel')}
        </button>
      </section>
    </main>
  );
}
