import { useEffect, useState } from 'react';

/**
 * A value the host owns: read once, then kept current by its change event. Undefined
 * until the first answer (or when the host cannot say). `read` and `subscribe` must be
 * stable (module-level clients).
 */
export function useHostValue<T>(read: () => Promise<T>, subscribe: (listener: (next: T) => void) => () => void): T | undefined {
  const [current, setCurrent] = useState<T>();
  useEffect(() => {
    let live = true;
    const dispose = subscribe((next) => {
      if (live) setCurrent(next);
    });
    read().then(
      (next) => {
        if (live) setCurrent(next);
      },
      () => undefined,
    );
    return () => {
      live = false;
      dispose();
    };
  }, [read, subscribe]);
  return current;
}
