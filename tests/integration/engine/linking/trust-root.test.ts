/**
 * A linked desktop holds the relay's trust root from the moment it joins, before its
 * engine ever connects: a removal statement signed by the relay can then be checked
 * from its very first start (issue 10, item 1).
 */
import { describe, expect, it } from 'vitest';
import { beginLinking, completeLinking } from '../../../../engine/linking/provisioning';
import { registerPhone, worldPerTest } from '../engine/support';
import { relayOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();

describe('linking a desktop', () => {
  it('pins the relay’s trust root when the desktop joins, before any engine runs', async () => {
    const world = currentWorld();
    const phone = await registerPhone(world, 'phone', 'alice');
    const store = await world.openStore('desktop');
    const pending = await beginLinking(world.relay.url);
    await phone.devices.provision(pending.url, { history: false });
    await completeLinking({ store, relayUrl: world.relay.url, inherited: await pending.inherited, deviceName: 'desk' });
    expect(store.getItem('relayTrustRoot')).toBe(await relayOf(phone).getTrustRoot());
  });
});
