import { useCallback, useEffect, useState } from 'react';
import type { ThemePreference } from '../../../../shared/ipc/settings';
import { useApi } from '../../ipc';
import { useStore } from '../../state/store';
import { useStores } from '../../state/stores';

const darkQuery = '(prefers-color-scheme: dark)';

/** The theme preference from the settings slice, applied to <html data-theme>, following the OS for "system". */
export function useTheme(): { readonly preference: ThemePreference; readonly setPreference: (next: ThemePreference) => void } {
  const { settings } = useApi();
  const store = useStores().settings;
  const current = useStore(store);
  // What the user just chose shows at once; the host's answer (or its event) follows.
  const [chosen, setChosen] = useState<ThemePreference>();
  const preference = chosen ?? current?.theme ?? 'system';
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(darkQuery).matches);

  useEffect(() => {
    setChosen(undefined);
  }, [current]);

  useEffect(() => {
    const media = window.matchMedia(darkQuery);
    const onChange = (event: MediaQueryListEvent): void => {
      setSystemDark(event.matches);
    };
    media.addEventListener('change', onChange);
    return () => {
      media.removeEventListener('change', onChange);
    };
  }, []);

  useEffect(() => {
    const dark = preference === 'dark' || (preference === 'system' && systemDark);
    document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
  }, [preference, systemDark]);

  const setPreference = useCallback(
    (next: ThemePreference) => {
      setChosen(next);
      settings.setTheme(next).catch(() => undefined);
    },
    [settings],
  );

  return { preference, setPreference };
}
