/** Branded ids of the relay protocol: an account id is not a handle, a device id is not a count. */
import { z } from 'zod';

/** A random UUID (lowercase) the relay assigns at registration. */
export const AccountIdSchema = z.uuid().brand<'AccountId'>();
export type AccountId = z.infer<typeof AccountIdSchema>;

/** 1 is the primary; linked devices get the lowest free id from 2. libsignal allows 1..127. */
export const DeviceIdSchema = z.int().min(1).max(127).brand<'DeviceId'>();
export type DeviceId = z.infer<typeof DeviceIdSchema>;

export const PRIMARY_DEVICE_ID = 1 as DeviceId;

export function asAccountId(value: string): AccountId {
  return AccountIdSchema.parse(value);
}

export function asDeviceId(value: number): DeviceId {
  return DeviceIdSchema.parse(value);
}
