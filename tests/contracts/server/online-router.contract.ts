/** What any `OnlineMessageRouter` must do (in process, or Redis pub/sub); run by each implementation's test file. */
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { OnlineEnvelope, OnlineMessageRouter } from '../../../server/services/online-router';
import type { AccountId, DeviceId } from '../../../shared/relay-api';
import { asAccountId, asDeviceId } from '../../../shared/relay-api';

export type OpenOnlineMessageRouter = () => Promise<{ readonly router: OnlineMessageRouter; readonly close: () => Promise<void> }>;

function envelopeFor(accountId: AccountId, deviceId: DeviceId): OnlineEnvelope {
  return { accountId, deviceId, serverTimestamp: 1_700_000_000_000, envelope: randomBytes(32) };
}

export function onlineMessageRouterContract(name: string, open: OpenOnlineMessageRouter): void {
  describe(`${name}: OnlineMessageRouter`, () => {
    const alice = asAccountId(randomUUID());
    const one = asDeviceId(1);
    const two = asDeviceId(2);

    it('hands a published envelope, intact, to every listener of the device it names, and only those', async () => {
      const { router, close } = await open();
      const received: Array<[string, OnlineEnvelope]> = [];
      router.subscribe(alice, one, (envelope) => received.push(['one-a', envelope]));
      router.subscribe(alice, one, (envelope) => received.push(['one-b', envelope]));
      router.subscribe(alice, two, (envelope) => received.push(['two', envelope]));
      const sent = envelopeFor(alice, one);
      await router.publish(sent);
      await expect.poll(() => received.map(([who]) => who).sort()).toEqual(['one-a', 'one-b']);
      for (const [, envelope] of received) {
        expect(envelope).toMatchObject({ accountId: alice, deviceId: one, serverTimestamp: sent.serverTimestamp });
        expect(Buffer.from(envelope.envelope).equals(Buffer.from(sent.envelope))).toBe(true);
      }
      await close();
    });

    it('hands nothing to a listener once it unsubscribed', async () => {
      const { router, close } = await open();
      let received = 0;
      const unsubscribe = router.subscribe(alice, one, () => received++);
      const probe: Array<number> = [];
      router.subscribe(alice, one, () => probe.push(1));
      unsubscribe();
      await router.publish(envelopeFor(alice, one));
      // The other listener proves the envelope went out.
      await expect.poll(() => probe.length).toBe(1);
      expect(received).toBe(0);
      await close();
    });

    it('keeps nothing for a device nobody listens to: a listener that subscribes later gets nothing', async () => {
      const { router, close } = await open();
      const bob = asAccountId(randomUUID());
      await expect(router.publish(envelopeFor(bob, one))).resolves.toBeUndefined();
      const late: Array<OnlineEnvelope> = [];
      router.subscribe(bob, one, (envelope) => late.push(envelope));
      const probe = envelopeFor(bob, one);
      await router.publish(probe);
      // The probe arriving alone proves the first envelope is not coming.
      await expect.poll(() => late.length).toBe(1);
      expect(late.map((envelope) => Buffer.from(envelope.envelope).toString('hex'))).toEqual([Buffer.from(probe.envelope).toString('hex')]);
      await close();
    });
  });
}
