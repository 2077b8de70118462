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
   * A close that takes longer than this is given up on (exit 1). Committed data is safe
   * in the WAL either way; only the checkpoint is skipped. Default 30 s.
   */
  readonly giveUpAfterMs?: number;
}

const defaultGiveUpAfterMs = 30_000;

/**
 * Returns the one function to call for every request to quit. The first call closes,
 * then exits 0, or 1 when closing failed (logged by name and message only) or took too
 * long. Later calls change nothing: one Ctrl+C reaches the host several times (the
 * terminal signals the whole process group, and `npm`/`scripts/start.mjs` forward it).
 */
export function closeThenExit(options: CloseThenExitOptions): () => void {
  let closing = false;
  return () => {
    if (closing) return;
    closing = true;
    let exited = false;
    const exitOnce = (code: number): void => {
      if (exited) return;
      exited = true;
      clearTimeout(timer);
      options.exit(code);
    };
    const timer = setTimeout(() => {
      options.log.error('closing before exit took too long; exiting without it');
      exitOnce(1);
    }, options.giveUpAfterMs ?? defaultGiveUpAfterMs);
    options.close().then(
      () => {
        exitOnce(0);
      },
      (error: unknown) => {
        options.log.error({ err: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, 'closing before exit failed');
        exitOnce(1);
      },
    );
  };
}
