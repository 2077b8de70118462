import type { AppInfo, RelayStatus } from '../../../shared/ipc/app';
import type { ThemePreference } from '../../../shared/ipc/settings';
import { RelayStatusLine } from '../components/RelayStatusLine';
import { ThemePicker } from '../components/ThemePicker';

export interface LinkScreenProps {
  readonly info: AppInfo | undefined;
  readonly relay: RelayStatus | undefined;
  readonly onRetryRelay: () => void;
  readonly theme: ThemePreference;
  readonly onThemeChange: (next: ThemePreference) => void;
}

/** First run: this desktop is not linked to a phone yet. */
export function LinkScreen(props: LinkScreenProps): React.JSX.Element {
  return (
    <main className="link-screen">
      <section className="link-card" aria-labelledby="link-title">
        <h1 id="link-title">Link this desktop</h1>
        <p className="lead">
          Parley on your desktop is a companion to your phone. Your messages stay end-to-end encrypted and
          the relay never sees them.
        </p>
        <ol className="steps">
          <li>Open Parley on your phone.</li>
          <li>
            Go to <strong>Settings → Linked devices</strong> and choose <strong>Link a new device</strong>.
          </li>
          <li>Point your phone at the code on this screen.</li>
        </ol>
        <RelayStatusLine status={props.relay} onRetry={props.onRetryRelay} />
        {props.info !== undefined && (
          <p className="device-name">
            This desktop will appear on your phone as <strong>{props.info.defaultDeviceName}</strong>.
          </p>
        )}
      </section>
      <footer className="app-footer">
        <ThemePicker value={props.theme} onChange={props.onThemeChange} />
        {props.info !== undefined && (
          <p className="version">
            Parley {props.info.version} · {props.info.host === 'electron' ? 'desktop app' : 'browser host'}
          </p>
        )}
      </footer>
    </main>
  );
}
