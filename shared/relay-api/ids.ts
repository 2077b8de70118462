/** Branded ids of the relay protocol: the shared ones (shared/domain/ids.ts), an account id is not a handle, a device id is not a count. */
import { AccountIdSchema, DeviceIdSchema } from '../domain/ids';
import type { AccountId, DeviceId } from '../domain/ids';

export { AccountIdSchema, DeviceIdSchema } from '../domain/ids';
export type { AccountId, DeviceId } from '../domain/ids';

export const PRIMARY_DEVICE_ID: DeviceId = DeviceIdSchema.parse(1);

export function asAccountId(value: string): AccountId {
  return AccountIdSchema.parse(value);
}

export function asDeviceId(value: number): DeviceId {
  return DeviceIdSchema.parse(value);
}
