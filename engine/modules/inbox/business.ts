/**
 * Creating a business on the owner's phone (issue 12): the business root key, which
 * never leaves the phone, and the owner's own seat signed by it. Desktops linked as
 * agents get their seats signed later (by the root for admins, by an admin for agents).
 * Everything stays in the phone's encrypted store; the relay learns only that the
 * account is a business.
 */
import { randomUUID } from 'node:crypto';
import type { Seat } from '../../../shared/domain/console/roster';
import { rootSigner, seatText } from '../../../shared/domain/console/roster';
import type { HlcTimestamp } from '../../../shared/domain/hlc';
import type { DeviceId, Store } from '../../store';
import { generateSigningKey, signText } from './signing';

export interface CreatedBusiness {
  readonly name: string;
  readonly rootPublicKey: string;
  readonly ownerSeat: Seat;
}

/** Call inside the transaction that saves the account, with the phone's device id and an HLC timestamp. */
export function createBusiness(
  store: Pick<Store, 'setItem'>,
  options: { readonly name: string; readonly deviceId: DeviceId; readonly at: HlcTimestamp },
): CreatedBusiness {
  const root = generateSigningKey();
  const device = generateSigningKey();
  const unsigned = {
    seatId: randomUUID(),
    deviceId: options.deviceId,
    name: options.name,
    role: 'owner' as const,
    signingKey: device.publicKey,
    signer: rootSigner,
    addedAt: options.at,
  };
  const ownerSeat: Seat = { ...unsigned, signature: signText(root.privateKey, seatText(unsigned)) };
  store.setItem('business', { name: options.name, rootPublicKey: root.publicKey });
  store.setItem('businessRootKey', Buffer.from(root.privateKey).toString('base64'));
  store.setItem('consoleSeat', { seatId: ownerSeat.seatId, publicKey: device.publicKey, privateKey: Buffer.from(device.privateKey).toString('base64') });
  store.setItem('consoleSeats', [ownerSeat]);
  return { name: options.name, rootPublicKey: root.publicKey, ownerSeat };
}
