import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/app';
import { createClient } from '../ipc';

const app = createClient('app');

export function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let live = true;
    app.getInfo().then(
      (next) => {
        if (live) setInfo(next);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return info;
}
