/**
 * This account's devices: listing and removing them (the primary's business), linking a
 * new one by its QR code, and the history media that follows a link.
 */
import type { AttachmentPointerFields } from '../../../shared/proto/content';
import type { DeviceListResponse } from '../../../shared/relay-api';
import type { AttachmentService } from '../../attachments/types';
import { provisionNewDevice } from '../../linking/provisioning';
import type { ProvisionOptions, ProvisionResult } from '../../linking/provisioning';
import type { OutboundPort } from '../../pipeline/outbound';
import type { RelayHttpClient } from '../../relay-client/http';
import type { Store } from '../../store';
import { toDeviceId } from '../../store';

export interface DevicesService {
  list(): Promise<DeviceListResponse>;
  /** Unlinks another device of this account (the relay keeps a tombstone and tells it so). */
  remove(deviceId: number): Promise<void>;
  /**
   * Primary side of linking: sends this account's identity to the device that shows
   * `linkUrl`, with recent history unless `history` is false. Resolves once the
   * provisioning message is out; the media follow in `media`.
   */
  provision(linkUrl: string, options?: ProvisionOptions): Promise<ProvisionResult>;
}

export function createDevicesService(deps: {
  readonly store: Store;
  readonly relay: RelayHttpClient;
  readonly attachments: AttachmentService;
  readonly out: OutboundPort;
  /** Resolves once the outbox has been worked through. */
  readonly flush: () => Promise<void>;
}): DevicesService {
  const { store, relay, out } = deps;

  /**
   * Tells this account's other devices where the history media manifest is. The device
   * that just joined is recorded first: the sender may have checked the device list
   * moments before it existed.
   */
  const announceHistoryMedia = async (manifest: AttachmentPointerFields, newDeviceId: number): Promise<void> => {
    const me = out.account().accountId;
    store.transaction(() => {
      store.saveRecipientDevice(me, toDeviceId(newDeviceId), null);
      out.enqueue('sync', [me], null, { syncMessage: { history: { bundle: manifest } } });
    });
    await deps.flush();
  };

  return {
    list: () => relay.listDevices(),
    remove: (deviceId) => relay.removeDevice(deviceId),
    provision: (linkUrl, options) =>
      provisionNewDevice({ account: out.account(), store, relay, attachments: deps.attachments, announceHistoryMedia }, linkUrl, options),
  };
}
