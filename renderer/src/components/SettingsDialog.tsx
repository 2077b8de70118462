import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../shared/ipc/link';
import type { ThemePreference } from '../../../shared/ipc/settings';
import { ConfirmUnlink } from './ConfirmUnlink';
import { ThemePicker } from './ThemePicker';

/** Settings as a modal dialog: this device, "Unlink this desktop" (confirmed), appearance. */
export function SettingsDialog(props: {
  readonly state: Extract<LinkState, { kind: 'linked' }>;
  readonly theme: ThemePreference;
  readonly onThemeChange: (next: ThemePreference) => void;
  readonly onUnlink: () => Promise<void>;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const { onClose } = props;
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return undefined;
    element.showModal();
    const onCancel = (): void => {
      onClose();
    };
    element.addEventListener('close', onCancel);
    return () => {
      element.removeEventListener('close', onCancel);
      if (element.open) element.close();
    };
  }, [onClose]);
  const unlink = (): void => {
    setBusy(true);
    props.onUnlink().catch(() => {
      setBusy(false);
    });
  };
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title">
      <header className="dialog-header">
        <h2 id="settings-title">{t('settings.title')}</h2>
        <button type="button" className="link-button" onClick={props.onClose}>
          {t('settings.close')}
        </button>
      </header>
      <section aria-labelledby="linked-devices-title">
        <h3 id="linked-devices-title">{t('settings.linkedDevices')}</h3>
        <p className="setting-label">{t('settings.thisDevice')}</p>
        <p className="setting-value">{t('settings.deviceSummary', { name: props.state.deviceName, id: props.state.deviceId })}</p>
        {props.state.handle !== null && <p className="setting-detail">{t('settings.account', { handle: props.state.handle })}</p>}
        {confirming ? (
          <ConfirmUnlink
            heading="h4"
            busy={busy}
            onConfirm={unlink}
            onCancel={() => {
              setConfirming(false);
            }}
          />
        ) : (
          <>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(true);
              }}
            >
              {t('settings.unlink')}
            </button>
            <p className="setting-detail">{t('settings.unlinkHelp')}</p>
          </>
        )}
      </section>
      <section aria-labelledby="appearance-title">
        <h3 id="appearance-title">{t('settings.appearance')}</h3>
        <ThemePicker value={props.theme} onChange={props.onThemeChange} />
      </section>
    </dialog>
  );
}
