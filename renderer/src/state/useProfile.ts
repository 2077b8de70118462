import { useEffect, useState } from 'react';
import type { ProfileView } from '../../../shared/ipc/profile';
import { createClient } from '../ipc';

const profile = createClient('profile');

/** The user's own name and picture; undefined until read (or if the host cannot say). */
export function useProfile(): ProfileView | undefined {
  const [current, setCurrent] = useState<ProfileView>();
  useEffect(() => {
    let live = true;
    const dispose = profile.onDidChangeProfile((next) => {
      if (live) setCurrent(next);
    });
    profile.get().then(
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
