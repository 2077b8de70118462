/**
 * A slice store: a value the host owns, read once and kept current by its change event,
 * subscribed to the host once however many components read it. Components read it with
 * `useStore` (React's `useSyncExternalStore`), so every reader sees the same snapshot.
 */
import { useSyncExternalStore } from 'react';

export interface Store<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

/**
 * A store whose value may be set from outside (an action's answer). `start` runs when
 * the first reader subscribes (it subscribes to the host), once for the store's life.
 */
export class ValueStore<T> implements Store<T> {
  private readonly listeners = new Set<() => void>();
  private start: ((store: ValueStore<T>) => void) | undefined;

  constructor(
    private value: T,
    start?: (store: ValueStore<T>) => void,
  ) {
    this.start = start;
  }

  subscribe(listener: () => void): () => void {
    const start = this.start;
    this.start = undefined;
    start?.(this);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  getSnapshot(): T {
    return this.value;
  }

  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const listener of [...this.listeners]) listener();
  }

  update(change: (current: T) => T): void {
    this.set(change(this.value));
  }
}

/**
 * The host's value: undefined until the first answer. It subscribes to the host's event
 * when the first reader arrives and stays subscribed (the slice lives as long as the
 * page), and an event that arrives before the read wins over the read's older answer.
 */
export function hostValueStore<T>(read: () => Promise<T>, subscribe: (listener: (next: T) => void) => () => void): ValueStore<T | undefined> {
  return new ValueStore<T | undefined>(undefined, (store) => {
    let pushed = false;
    subscribe((next) => {
      pushed = true;
      store.set(next);
    });
    read().then(
      (next) => {
        if (!pushed) store.set(next);
      },
      () => undefined,
    );
  });
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.getSnapshot(),
  );
}
