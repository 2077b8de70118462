import { useCallback, useEffect, useState } from 'react';
import type { ThemePreference } from '../../../shared/ipc/settings';
import { createClient } from '../ipc';

const settings = createClient('settings');
const darkQuery = '(prefers-color-scheme: dark)';

/** The theme preference from the host, applied to <html data-theme>, following the OS for "system". */
export function useTheme(): { readonly preference: ThemePreference; readonly setPreference: (next: ThemePreference) => void } {
  const [preference, setPreferenceState] = useState<ThemePreference>('system');
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(darkQuery).matches);

  useEffect(() => {
    let live = true;
    settings.get().then(
      (current) => {
        if (live) setPreferenceState(current.theme);
      },
      () => undefined,
    );
    const dispose = settings.onDidChangeSettings((next) => {
      setPreferenceState(next.theme);
    });
    const media = window.matchMedia(darkQuery);
    const onChange = (event: MediaQueryListEvent): void => {
      setSystemDark(event.matches);
    };
    media.addEventListener('change', onChange);
    return () => {
      live = false;
      dispose();
      media.removeEventListener('change', onChange);
    };
  }, []);

  useEffect(() => {
    const dark = preference === 'dark' || (preference === 'system' && systemDark);
    document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
  }, [preference, systemDark]);

  const setPreference = useCallback((next: ThemePreference) => {
    setPreferenceState(next);
    settings.setTheme(next).catch(() => undefined);
  }, []);

  return { preference, setPreference };
}
