import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../../shared/ipc/link';
import { Icon } from '../../ui/Icons';
import '../../connection.css';

/**
 * The relay proved that the phone removed this desktop (issue 10, item 1). Nothing has
 * been deleted: the data goes only when the user chooses to delete it and confirms.
 */
export function UnlinkedByPhoneScreen(props: {
  readonly state: Extract<LinkState, { kind: 'unlinked-by-phone' }>;
  readonly onDelete: () => Promise<void>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <main className="problem-screen refused-screen">
      <section className="problem-card" role="alert" aria-labelledby="unlinked-title">
        <h1 id="unlinked-title">{t('unlinkedByPhone.title')}</h1>
        <p>{t('unlinkedByPhone.body', { when: new Date(props.state.removedAt).toLocaleString() })}</p>
        <p className="kept">
          <Icon name="shield" />
          <span>{t('unlinkedByPhone.kept')}</span>
        </p>
        {!confirming && (
          <div className="problem-actions">
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(true);
              }}
            >
              {t('unlinkedByPhone.delete')}
            </button>
          </div>
        )}
        {confirming && (
          <div className="confirm" role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-body">
            <h2 id="delete-title">{t('unlinkedByPhone.confirmTitle')}</h2>
            <p id="delete-body">{t('unlinkedByPhone.confirmBody')}</p>
            <div className="confirm-actions">
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => {
                  setBusy(true);
                  props.onDelete().catch(() => {
                    setBusy(false);
                  });
                }}
              >
                {t('unlinkedByPhone.confirmDelete')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() => {
                  setConfirming(false);
                }}
              >
                {t('unlinkedByPhone.confirmCancel')}
              </button>
            </div>
          </div>
        )}
      </section>
    </main>
  );
}
