import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { MainToHost } from '../../../../electron/host/host-protocol';
import { startHostLink } from '../../../../electron/main/host-link';
import type { HostChild } from '../../../../electron/main/host-link';

/** A host child that records what main posts and lets the test speak for the host. */
function fakeChild(): HostChild<string> & { posted: Array<[MainToHost, ReadonlyArray<string>]>; say(message: unknown): void; die(code: number): void } {
  const listeners: Array<(message: unknown) => void> = [];
  const exits: Array<(code: number) => void> = [];
  return {
    posted: [],
    post(message, ports = []) {
      this.posted.push([message, ports]);
    },
    onMessage: (listener) => listeners.push(listener),
    onExit: (listener) => exits.push(listener),
    kill() {
      this.die(137);
    },
    say: (message) => {
      for (const listener of listeners) listener(message);
    },
    die: (code) => {
      for (const listener of exits) listener(code);
    },
  };
}

function link(options: { now?: () => number } = {}) {
  const children: Array<ReturnType<typeof fakeChild>> = [];
  let channels = 0;
  let gaveUp = 0;
  const questions: Array<unknown> = [];
  const hostLink = startHostLink<string>({
    spawn: () => {
      const child = fakeChild();
      children.push(child);
      return child;
    },
    start: { type: 'start', version: '1.0.0', userDataDir: '/data', relay: { url: 'http://127.0.0.1:1' } },
    newChannel: () => {
      channels++;
      return { host: `host-${String(channels)}`, window: `window-${String(channels)}` };
    },
    answer: (question) => {
      questions.push(question);
      return Promise.resolve({ ok: true, path: '/home/me/Downloads/a.pdf' });
    },
    log: pino({ level: 'silent' }),
    onGiveUp: () => {
      gaveUp++;
    },
    closeTimeoutMs: 50,
    ...options,
  });
  return { hostLink, children, questions, gaveUp: () => gaveUp };
}

describe('main’s link to the host process', () => {
  it('starts the host, hands each window its own channel, and again to a restarted host', () => {
    const { hostLink, children } = link();
    const delivered: Array<unknown> = [];
    hostLink.connectWindow((port) => delivered.push(port));
    expect(children[0]?.posted).toEqual([
      [{ type: 'start', version: '1.0.0', userDataDir: '/data', relay: { url: 'http://127.0.0.1:1' } }, []],
      [{ type: 'connect' }, ['host-1']],
    ]);
    children[0]?.die(1);
    expect(children).toHaveLength(2);
    expect(children[1]?.posted.map(([message, ports]) => [message.type, ports])).toEqual([
      ['start', []],
      ['connect', ['host-2']],
    ]);
    expect(delivered).toEqual(['window-1', 'window-2']);
  });

  it('gives up after more than three deaths within a minute, not after deaths spread out', () => {
    let time = 0;
    const spread = link({ now: () => time });
    for (let i = 0; i < 6; i++) {
      time += 61_000;
      spread.children.at(-1)?.die(1);
    }
    expect(spread.gaveUp()).toBe(0);
    const quick = link({ now: () => time });
    for (let i = 0; i < 4; i++) quick.children.at(-1)?.die(1);
    expect(quick.gaveUp()).toBe(1);
    expect(quick.children).toHaveLength(4);
  });

  it('answers the host’s questions and drops messages out of schema', async () => {
    const { children, questions } = link();
    const child = children[0];
    child?.say({ type: 'ask', id: 7, question: { kind: 'choose-save-target', suggestedName: 'a.pdf' } });
    child?.say({ type: 'ask', id: 8, question: { kind: 'format-disk' } });
    child?.say('garbage');
    await new Promise((resolve) => setImmediate(resolve));
    expect(questions).toEqual([{ kind: 'choose-save-target', suggestedName: 'a.pdf' }]);
    expect(child?.posted.at(-1)).toEqual([{ type: 'answer', id: 7, ok: true, path: '/home/me/Downloads/a.pdf' }, []]);
  });

  it('closes by asking, ends a host that does not answer in time, and never restarts a closing host', async () => {
    const answered = link();
    const closing = answered.hostLink.close();
    expect(answered.children[0]?.posted.at(-1)).toEqual([{ type: 'close' }, []]);
    answered.children[0]?.say({ type: 'closed' });
    await closing;
    const silent = link();
    await silent.hostLink.close();
    // Killed after the timeout; its exit starts nothing new.
    expect(silent.children).toHaveLength(1);
  });
});
