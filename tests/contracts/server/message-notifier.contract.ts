/** What any `MessageNotifier` must do (in process, or Redis pub/sub); run by each implementation's test file. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MessageNotifier } from '../../../server/services/message-notifier';
import { asAccountId, asDeviceId } from '../../../shared/relay-api';

export type OpenMessageNotifier = () => Promise<{ readonly notifier: MessageNotifier; readonly close: () => Promise<void> }>;

export function messageNotifierContract(name: string, open: OpenMessageNotifier): void {
  describe(`${name}: MessageNotifier`, () => {
    const alice = asAccountId(randomUUID());
    const one = asDeviceId(1);
    const two = asDeviceId(2);

    it('wakes every listener of the device it names, and only those', async () => {
      const { notifier, close } = await open();
      const woken: Array<string> = [];
      notifier.subscribe(alice, one, () => woken.push('one-a'));
      notifier.subscribe(alice, one, () => woken.push('one-b'));
      notifier.subscribe(alice, two, () => woken.push('two'));
      notifier.notify(alice, one);
      await expect.poll(() => [...woken].sort()).toEqual(['one-a', 'one-b']);
      await close();
    });

    it('wakes a listener no more once it unsubscribed', async () => {
      const { notifier, close } = await open();
      let woken = 0;
      const unsubscribe = notifier.subscribe(alice, one, () => woken++);
      const probe: Array<number> = [];
      notifier.subscribe(alice, one, () => probe.push(1));
      unsubscribe();
      notifier.notify(alice, one);
      // The other listener proves the notification went out.
      await expect.poll(() => probe.length).toBe(1);
      expect(woken).toBe(0);
      await close();
    });

    it('accepts a notification for a device nobody listens to', async () => {
      const { notifier, close } = await open();
      expect(() => {
        notifier.notify(asAccountId(randomUUID()), one);
      }).not.toThrow();
      await close();
    });
  });
}
