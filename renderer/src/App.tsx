import { LinkScreen } from './screens/LinkScreen';
import { useAppInfo } from './state/useAppInfo';
import { useRelayStatus } from './state/useRelayStatus';
import { useTheme } from './state/useTheme';

export function App(): React.JSX.Element {
  const info = useAppInfo();
  const relay = useRelayStatus();
  const theme = useTheme();
  return (
    <LinkScreen
      info={info}
      relay={relay.status}
      onRetryRelay={relay.recheck}
      theme={theme.preference}
      onThemeChange={theme.setPreference}
    />
  );
}
