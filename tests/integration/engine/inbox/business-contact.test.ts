/**
 * The customer's side of a business chat, on real engines: the customer learns from the
 * relay that the account is a business, how many devices its messages are encrypted to,
 * and, once a desktop is linked to the business, that the number changed and from what.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BusinessWorld } from './support';

let world: BusinessWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('a business as a customer sees it', () => {
  it('is marked as a business, with its device count and when that count changed', async () => {
    const w = (world = await BusinessWorld.create());
    const owner = await w.owner('Acme Support', 'acme');
    await w.desktop(owner, 'desk-a', { name: 'Agent A', role: 'agent' });
    const customer = await w.customer('carol');
    const friend = await w.customer('dave');
    await customer.send('acme', 'Hello Acme');
    await customer.send('dave', 'Hello Dave');
    const business = owner.engine.account.accountId;
    expect(customer.engine.contacts.get(business)).toMatchObject({ kind: 'business', previousDeviceCount: null, devicesChangedAt: null });
    expect(customer.engine.contacts.deviceCount(business)).toBe(2);
    expect(customer.engine.contacts.get(friend.engine.account.accountId)?.kind).toBe('personal');

    // A second agent desktop: the customer's next message is refused as stale, the device
    // list is fetched again, and the change is remembered.
    await w.desktop(owner, 'desk-b', { name: 'Agent B', role: 'agent' });
    await customer.send('acme', 'Are you there?');
    expect(customer.engine.contacts.deviceCount(business)).toBe(3);
    expect(customer.engine.contacts.get(business)).toMatchObject({ kind: 'business', previousDeviceCount: 2 });
    expect(customer.engine.contacts.get(business)?.devicesChangedAt).toEqual(expect.any(Number));
  });
});
