import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/ipc/settings';
import { createClient } from '../ipc';

const settings = createClient('settings');

/** The host's interface preferences, kept current by its change event; undefined until read. */
export function useSettings(): Settings | undefined {
  const [current, setCurrent] = useState<Settings>();
  useEffect(() => {
    let live = true;
    const dispose = settings.onDidChangeSettings((next) => {
      if (live) setCurrent(next);
    });
    settings.get().then(
      (next) => {
        if (live) setCurrent(next);
      },
      () => undefined,
    );
    return () => {
      live = false;
      dispose();
    };
  }, []);
  return current;
}
