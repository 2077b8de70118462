import { Trans, useTranslation } from 'react-i18next';
import type { AppInfo, RelayStatus } from '../../../../shared/ipc/app';
import type { LinkState } from '../../../../shared/ipc/link';
import type { ThemePreference } from '../../../../shared/ipc/settings';
import { DeviceNameField } from './DeviceNameField';
import { LinkCodePanel } from './LinkCodePanel';
import { RelayStatusLine } from '../connection/RelayStatusLine';
import { ThemePicker } from '../settings/ThemePicker';

export interface LinkScreenProps {
  readonly info: AppInfo | undefined;
  readonly relay: RelayStatus | undefined;
  readonly onRetryRelay: () => void;
  readonly theme: ThemePreference;
  readonly onThemeChange: (next: ThemePreference) => void;
  readonly link: LinkState | undefined;
  readonly onStartLinking: () => void;
  readonly onCancelLinking: () => void;
  readonly onDeviceNameChange: (name: string) => Promise<void>;
}

/** First run (and after an unlink): this desktop is not linked to a phone yet. */
export function LinkScreen(props: LinkScreenProps): React.JSX.Element {
  const { t } = useTranslation();
  const deviceName = props.link?.deviceName ?? props.info?.defaultDeviceName;
  return (
    <main className="link-screen">
      <section className="link-card" aria-labelledby="link-title">
        <div className="link-text">
          <h1 id="link-title">{t('link.title')}</h1>
          <p className="lead">{t('link.lead')}</p>
          <ol className="steps">
            <li>{t('link.stepOpen')}</li>
            <li>
              <Trans i18nKey="link.stepSettings" components={{ strong: <strong /> }} />
            </li>
            <li>{t('link.stepScan')}</li>
          </ol>
          {deviceName !== undefined && <DeviceNameField value={deviceName} onSave={props.onDeviceNameChange} />}
          <RelayStatusLine status={props.relay} onRetry={props.onRetryRelay} />
        </div>
        <LinkCodePanel state={props.link} onStart={props.onStartLinking} onCancel={props.onCancelLinking} />
      </section>
      <footer className="app-footer">
        <ThemePicker value={props.theme} onChange={props.onThemeChange} />
        {props.info !== undefined && (
          <p className="version">
            {t('footer.version', {
              version: props.info.version,
              host: props.info.host === 'electron' ? t('footer.hostElectron') : t('footer.hostBrowser'),
            })}
          </p>
        )}
      </footer>
    </main>
  );
}
