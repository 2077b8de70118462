/**
 * Main's side of the host's utility process: starts it, hands each window a port to it,
 * answers what only main can (dialogs, the shell), starts it again if it dies, and
 * closes it before the app quits. Kept free of runtime `electron` imports: index.ts
 * passes Electron's `utilityProcess` and `MessageChannelMain` in, and the unit tests
 * pass Node's, with the real host on the other end.
 */
import type { HostStart, HostToMain, MainQuestion, MainToHost } from '../host/host-protocol';
import { hostToMainSchema } from '../host/host-protocol';
import type { Logger } from '../host/logger';

/** The utility process, as main sees it. */
export interface HostChild<Port> {
  post(message: MainToHost, ports?: ReadonlyArray<Port>): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number) => void): void;
  kill(): void;
}

export interface HostLinkOptions<Port> {
  readonly spawn: () => HostChild<Port>;
  readonly start: HostStart;
  /** A pair of entangled ports: one for the host, one for a window. */
  readonly newChannel: () => { readonly host: Port; readonly window: Port };
  readonly answer: (question: MainQuestion) => Promise<{ readonly ok: boolean; readonly path?: string | null }>;
  readonly log: Logger;
  /** The host died more often than the policy allows: main tells the user and quits. */
  readonly onGiveUp: () => void;
  /** At most this many restarts within `windowMs` (default 3 in 60 s). */
  readonly maxRestarts?: number;
  readonly windowMs?: number;
  readonly now?: () => number;
  /** How long `close()` waits for the host to say it closed (default 30 s). */
  readonly closeTimeoutMs?: number;
}

export interface HostLink {
  /**
   * Gives a window its port to the host (and again after every restart). Call once the
   * window's page is ours (main checks the URL first); returns a function that forgets it.
   */
  connectWindow(deliver: (port: unknown) => void): () => void;
  /** Asks the host to close (engine stopped, database closed, relay stopped); resolves once it did or gave up. */
  close(): Promise<void>;
}

export function startHostLink<Port>(options: HostLinkOptions<Port>): HostLink {
  const { log } = options;
  const now = options.now ?? Date.now;
  const windows = new Set<(port: Port) => void>();
  let deaths: Array<number> = [];
  let closing = false;
  let closed: (() => void) | undefined;
  let child: HostChild<Port>;

  const connect = (target: HostChild<Port>, deliver: (port: Port) => void): void => {
    const { host, window } = options.newChannel();
    target.post({ type: 'connect' }, [host]);
    deliver(window);
  };

  const launch = (): void => {
    const current = options.spawn();
    child = current;
    current.onMessage((raw) => {
      const parsed = hostToMainSchema.safeParse(raw);
      if (!parsed.success) {
        log.warn('the host sent a message out of schema; dropped');
        return;
      }
      handle(current, parsed.data);
    });
    current.onExit((code) => {
      if (closing) {
        closed?.();
        return;
      }
      log.error({ code }, 'the host process ended unexpectedly');
      const at = now();
      deaths = [...deaths.filter((time) => at - time < (options.windowMs ?? 60_000)), at];
      if (deaths.length > (options.maxRestarts ?? 3)) {
        options.onGiveUp();
        return;
      }
      launch();
    });
    current.post(options.start);
    for (const deliver of windows) connect(current, deliver);
  };

  const handle = (from: HostChild<Port>, message: HostToMain): void => {
    switch (message.type) {
      case 'started':
        log.info('the host started');
        return;
      case 'start-failed':
        log.error({ code: message.code }, 'the host could not start');
        return;
      case 'ask':
        options.answer(message.question).then(
          (answer) => {
            from.post({ type: 'answer', id: message.id, ok: answer.ok, path: answer.path ?? null });
          },
          (error: unknown) => {
            log.warn({ err: error instanceof Error ? error.message : String(error), kind: message.question.kind }, 'a host question failed');
            from.post({ type: 'answer', id: message.id, ok: false });
          },
        );
        return;
      case 'closed':
        closed?.();
        return;
    }
  };

  launch();

  return {
    connectWindow(deliver) {
      const typed = deliver as (port: Port) => void;
      windows.add(typed);
      connect(child, typed);
      return () => {
        windows.delete(typed);
      };
    },
    close() {
      if (closing) return Promise.resolve();
      closing = true;
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          log.error('the host did not close in time; it is ended');
          child.kill();
          resolve();
        }, options.closeTimeoutMs ?? 30_000);
        closed = () => {
          clearTimeout(timer);
          resolve();
        };
        child.post({ type: 'close' });
      });
    },
  };
}
