import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../../shared/ipc/link';
import type { ProfileView } from '../../../../shared/ipc/profile';
import type { NotificationPreview, Settings, ThemePreference } from '../../../../shared/ipc/settings';
import { notificationPreviewSchema } from '../../../../shared/ipc/settings';
import { useApi } from '../../ipc';
import { squareAvatar, UnreadableImageError } from './avatar';
import { Dialog } from '../../ui/Dialog';

import { initialOf } from '../../state/format';
import { useAppInfo } from '../../state/useAppInfo';
import { useProfile } from './useProfile';
import { useSettings } from './useSettings';
import { ConfirmUnlink } from '../linking/ConfirmUnlink';
import { ThemePicker } from './ThemePicker';
import { hostErrorText } from '../../i18n/failure';


/**
 * Settings as a modal dialog: profile, notifications, appearance, this device with
 * "Unlink this desktop" (confirmed), and about.
 */
export function SettingsDialog(props: {
  readonly state: Extract<LinkState, { kind: 'linked' }>;
  readonly theme: ThemePreference;
  readonly onThemeChange: (next: ThemePreference) => void;
  readonly onUnlink: () => Promise<void>;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const info = useAppInfo();
  const unlink = (): void => {
    setBusy(true);
    props.onUnlink().catch(() => {
      setBusy(false);
    });
  };
  return (
    <Dialog className="settings-dialog" labelledBy="settings-title" onClose={props.onClose}>
      <header className="dialog-header">
        <h2 id="settings-title">{t('settings.title')}</h2>
        <button type="button" className="link-button" onClick={props.onClose}>
          {t('settings.close')}
        </button>
      </header>
      <ProfileSection />
      <NotificationsSection host={info?.host} />
      <section aria-labelledby="appearance-title">
        <h3 id="appearance-title">{t('settings.appearance')}</h3>
        <ThemePicker value={props.theme} onChange={props.onThemeChange} />
      </section>
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
      <section aria-labelledby="about-title">
        <h3 id="about-title">{t('panels.settings.about')}</h3>
        {info !== undefined && (
          <>
            <p className="setting-value">{t('panels.settings.version', { version: info.version })}</p>
            <p className="setting-detail">
              {t('panels.settings.host', {
                host: info.host === 'electron' ? t('panels.settings.hostElectron') : t('panels.settings.hostBrowser'),
                platform: info.platform,
              })}
            </p>
          </>
        )}
        <p className="setting-detail">{t('panels.settings.licences')}</p>
      </section>
    </Dialog>
  );
}

type SaveState = { readonly kind: 'idle' } | { readonly kind: 'saving' } | { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly reason: string };

function ProfileSection(): React.JSX.Element {
  const { profile: profileClient } = useApi();
  const { t } = useTranslation();
  const id = useId();
  const current = useProfile();
  // What the last save returned, until the host's change event brings the same.
  const [saved, setSaved] = useState<ProfileView>();
  useEffect(() => {
    setSaved(undefined);
  }, [current]);
  const profile = saved ?? current;
  const [name, setName] = useState<string>();
  const [avatar, setAvatar] = useState<string | null>();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  // Edits start from what the host has; until the user types, later changes show through.
  const shownName = name ?? profile?.name ?? '';
  const shownAvatar = avatar === undefined ? (profile?.avatarDataUrl ?? null) : avatar;

  const choose = (file: File): void => {
    squareAvatar(file).then(
      (dataUrl) => {
        setAvatar(dataUrl);
        setSave({ kind: 'idle' });
      },
      (error: unknown) => {
        setSave({ kind: 'failed', reason: error instanceof UnreadableImageError ? t('panels.settings.avatarUnreadable') : t('panels.genericError') });
      },
    );
  };
  const submit = (event: React.SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setSave({ kind: 'saving' });
    profileClient.update({ name: shownName.trim(), avatarDataUrl: shownAvatar }).then(
      (next) => {
        setSaved(next);
        setName(undefined);
        setAvatar(undefined);
        setSave({ kind: 'saved' });
      },
      (error: unknown) => {
        setSave({ kind: 'failed', reason: hostErrorText(error) ?? t('panels.genericError') });
      },
    );
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('panels.settings.profile')}</h3>
      <form className="profile-form" onSubmit={submit} noValidate>
        <div className="profile-avatar">
          {shownAvatar === null ? (
            <span className="avatar large" aria-hidden="true">
              {initialOf(shownName === '' ? (profile?.handle ?? '?') : shownName)}
            </span>
          ) : (
            <img className="avatar large" src={shownAvatar} alt={t('panels.settings.avatarAlt')} width={96} height={96} />
          )}
          <div className="profile-avatar-actions">
            <label className="file-button secondary">
              <input
                ref={fileInput}
                type="file"
                accept="image/png,image/jpeg,image/webp,image/gif"
                className="visually-hidden"
                aria-label={t('panels.settings.avatarLabel')}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file !== undefined) choose(file);
                }}
              />
              {t('panels.settings.avatarChoose')}
            </label>
            {shownAvatar !== null && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setAvatar(null);
                  setSave({ kind: 'idle' });
                }}
              >
                {t('panels.settings.avatarRemove')}
              </button>
            )}
          </div>
        </div>
        <label htmlFor={`${id}-name`} className="setting-label">
          {t('panels.settings.nameLabel')}
        </label>
        <div className="field-row">
          <input
            id={`${id}-name`}
            type="text"
            maxLength={64}
            value={shownName}
            placeholder={t('panels.settings.namePlaceholder')}
            onChange={(event) => {
              setName(event.target.value);
              setSave({ kind: 'idle' });
            }}
          />
          <button type="submit" disabled={save.kind === 'saving' || profile === undefined}>
            {t('panels.settings.saveProfile')}
          </button>
        </div>
        <p className={save.kind === 'failed' ? 'field-hint invalid' : 'field-hint'} role="status">
          {save.kind === 'saved' && t('panels.settings.profileSaved')}
          {save.kind === 'failed' && t('panels.settings.profileFailed', { reason: save.reason })}
        </p>
        <p className="setting-detail">{t('panels.settings.profileHelp')}</p>
      </form>
    </section>
  );
}

const previews: ReadonlyArray<NotificationPreview> = notificationPreviewSchema.options;

function NotificationsSection(props: { readonly host: 'electron' | 'browser' | undefined }): React.JSX.Element {
  const { settings: settingsClient } = useApi();
  const { t } = useTranslation();
  const id = useId();
  const settings = useSettings();
  const [shown, setShown] = useState<Pick<Settings, 'notificationsEnabled' | 'notificationPreview'>>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (settings !== undefined) setShown({ notificationsEnabled: settings.notificationsEnabled, notificationPreview: settings.notificationPreview });
  }, [settings]);
  const blocked = props.host === 'browser' && 'Notification' in window && Notification.permission === 'denied';
  const change = (enabled: boolean, preview: NotificationPreview): void => {
    setShown({ notificationsEnabled: enabled, notificationPreview: preview });
    setError(undefined);
    settingsClient.setNotifications({ enabled, preview }).catch((failure: unknown) => {
      setError(hostErrorText(failure) ?? t('panels.genericError'));
    });
    // The browser asks for permission only in answer to a click like this one.
    if (enabled && props.host === 'browser' && 'Notification' in window && Notification.permission === 'default') {
      Notification.requestPermission().catch(() => undefined);
    }
  };
  const enabled = shown?.notificationsEnabled ?? true;
  const preview = shown?.notificationPreview ?? 'name-and-message';
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('panels.settings.notifications')}</h3>
      <label className="check-row">
        <input
          type="checkbox"
          checked={enabled}
          disabled={shown === undefined}
          onChange={(event) => {
            change(event.target.checked, preview);
          }}
        />
        {t('panels.settings.notificationsEnabled')}
      </label>
      <fieldset className="radio-group" disabled={!enabled || shown === undefined}>
        <legend className="setting-label">{t('panels.settings.previewLegend')}</legend>
        {previews.map((choice) => (
          <label key={choice} className="check-row">
            <input
              type="radio"
              name={`${id}-preview`}
              value={choice}
              checked={preview === choice}
              onChange={() => {
                change(enabled, choice);
              }}
            />
            {t(`panels.settings.preview.${choice}`)}
          </label>
        ))}
      </fieldset>
      {blocked && <p className="setting-detail">{t('panels.settings.notificationsBlocked')}</p>}
      {error !== undefined && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
