import { describe, expect, it } from 'vitest';
import { BadRequestError, MismatchedDevicesError, StaleDevicesError } from '../../../../server/errors';
import { checkDeviceSet } from '../../../../server/services/messages';
import type { DeviceId } from '../../../../shared/relay-api';
import { asDeviceId } from '../../../../shared/relay-api';

const devices = [
  { deviceId: asDeviceId(1), registrationId: 11 },
  { deviceId: asDeviceId(2), registrationId: 22 },
  { deviceId: asDeviceId(3), registrationId: 33 },
];

const message = (id: number, registrationId: number): { destinationDeviceId: DeviceId; destinationRegistrationId: number } => ({
  destinationDeviceId: asDeviceId(id),
  destinationRegistrationId: registrationId,
});

function thrown(run: () => void): unknown {
  try {
    run();
  } catch (error: unknown) {
    return error;
  }
  return undefined;
}

describe('checkDeviceSet (Signal-Server’s 409/410 rules)', () => {
  it('accepts exactly the destination devices with their registration ids', () => {
    checkDeviceSet(devices, [message(3, 33), message(1, 11), message(2, 22)], undefined);
  });

  it('reports missing and extra devices, sorted, as 409', () => {
    const error = thrown(() => {
      checkDeviceSet(devices, [message(1, 11), message(7, 1), message(5, 1)], undefined);
    });
    expect(error).toBeInstanceOf(MismatchedDevicesError);
    expect((error as MismatchedDevicesError).body()).toEqual({ missingDevices: [2, 3], extraDevices: [5, 7] });
  });

  it('excludes the sender’s own device, which then counts as extra when named', () => {
    checkDeviceSet(devices, [message(1, 11), message(3, 33)], asDeviceId(2));
    const error = thrown(() => {
      checkDeviceSet(devices, [message(1, 11), message(2, 22), message(3, 33)], asDeviceId(2));
    });
    expect((error as MismatchedDevicesError).body()).toEqual({ missingDevices: [], extraDevices: [2] });
  });

  it('reports registration-id mismatches as 410, only when the device set matches', () => {
    const error = thrown(() => {
      checkDeviceSet(devices, [message(1, 11), message(2, 99), message(3, 98)], undefined);
    });
    expect(error).toBeInstanceOf(StaleDevicesError);
    expect((error as StaleDevicesError).body()).toEqual({ staleDevices: [2, 3] });
    const mismatch = thrown(() => {
      checkDeviceSet(devices, [message(1, 99)], undefined);
    });
    expect(mismatch).toBeInstanceOf(MismatchedDevicesError);
  });

  it('refuses a device named twice with 400', () => {
    const error = thrown(() => {
      checkDeviceSet(devices, [message(1, 11), message(1, 11), message(2, 22), message(3, 33)], undefined);
    });
    expect(error).toBeInstanceOf(BadRequestError);
  });
});
