import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { closeThenExit } from '../../../../electron/host/shutdown';

const log = pino({ level: 'silent' });

/** A close that finishes only when the test says so, and an exit that records its code. */
function harness(giveUpAfterMs?: number) {
  const steps: Array<string> = [];
  let finishClose: (error?: Error) => void = () => undefined;
  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => {
    exit = resolve;
  });
  const quit = closeThenExit({
    close: () =>
      new Promise<void>((resolve, reject) => {
        steps.push('close started');
        finishClose = (error) => {
          steps.push('close finished');
          if (error === undefined) resolve();
          else reject(error);
        };
      }),
    exit: (code) => {
      steps.push(`exit ${String(code)}`);
      exit(code);
    },
    log,
    ...(giveUpAfterMs === undefined ? {} : { giveUpAfterMs }),
  });
  return {
    steps,
    exited,
    quit,
    finishClose: (error?: Error) => {
      finishClose(error);
    },
  };
}

describe('closeThenExit', () => {
  it('exits only after closing has finished, with 0', async () => {
    const run = harness();
    run.quit();
    expect(run.steps).toEqual(['close started']);
    run.finishClose();
    expect(await run.exited).toBe(0);
    expect(run.steps).toEqual(['close started', 'close finished', 'exit 0']);
  });

  it('closes once however often quitting is asked for (one Ctrl+C arrives several times)', async () => {
    const run = harness();
    run.quit();
    run.quit();
    run.quit();
    expect(run.steps).toEqual(['close started']);
    run.finishClose();
    await run.exited;
    expect(run.steps).toEqual(['close started', 'close finished', 'exit 0']);
  });

  it('still exits, with 1, when closing fails', async () => {
    const run = harness();
    run.quit();
    run.finishClose(new Error('disk gone'));
    expect(await run.exited).toBe(1);
  });

  it('gives up on a close that never finishes, with 1, and exits only once', async () => {
    const run = harness(20);
    run.quit();
    expect(await run.exited).toBe(1);
    run.finishClose();
    expect(run.steps).toEqual(['close started', 'exit 1', 'close finished']);
  });
});
