/**
 * A small typed event emitter: every `on` returns its disposer. A listener that throws
 * is reported and skipped; it never stops the other listeners or the code that emitted
 * (which is often in the middle of receiving or sending).
 */
export type Disposer = () => void;

export type ListenerErrorHandler = (event: string, error: unknown) => void;

export class Emitter<Events extends Record<string, unknown>> {
  private readonly listeners = new Map<keyof Events, Set<(payload: never) => void>>();

  constructor(private readonly onListenerError: ListenerErrorHandler = () => undefined) {}

  on<K extends keyof Events>(event: K, listener: (payload: Events[K]) => void): Disposer {
    let set = this.listeners.get(event);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    // A copy: a listener may dispose itself (or another) while this loop runs.
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      try {
        (listener as (payload: Events[K]) => void)(payload);
      } catch (error) {
        this.onListenerError(String(event), error);
      }
    }
  }
}
