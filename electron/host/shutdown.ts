/**
 * How a desktop host ends: close everything that holds data (the engine stops, the
 * database's WAL is checkpointed and the file closed) and only then exit. Electron's
 * `will-quit` and the browser host's SIGTERM/SIGINT both go through this, so a quit can
 * never cut a write short.
 */
import type { Logger } from './logger';

export interface CloseThenExitOptions {
  /** Everything to finish before the process may end, in order. */
  readonly close: () => Promise<void>;
  /** Ends the process: `app.exit` in Electron, `process.exit` in the browser host. */
  readonly exit: (code: number) => void;
  readonly log: Logger;
  /**
   * What a second request does while the first is still closing: wait for it (Electron
   * quits again when the user insists), or exit at once with 1 (a second Ctrl+C).
   */
  readonly onRepeat: 'wait' | 'exit-now';
}

/**
 * Returns the one function to call for every request to quit. The first call closes,
 * then exits 0, or 1 when closing failed (logged by name and message only).
 */
export function closeThenExit(options: CloseThenExitOptions): () => void {
  let closing = false;
  return () => {
    if (closing) {
      if (options.onRepeat === 'exit-now') {
        options.log.warn('asked to quit again while closing: exiting now');
        options.exit(1);
      }
      return;
    }
    closing = true;
    options.close().then(
      () => {
        options.exit(0);
      },
      (error: unknown) => {
        options.log.error({ err: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, 'closing before exit failed');
        options.exit(1);
      },
    );
  };
}
