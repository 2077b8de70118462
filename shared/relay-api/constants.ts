/** Numbers and names both ends of the relay protocol must agree on. See docs/protocol/relay.md. */

/** Linked devices an account may have besides its primary. */
export const MAX_LINKED_DEVICES = 5;
/** The same for a business account: its agents' desktops. */
export const MAX_BUSINESS_LINKED_DEVICES = 50;
/** What an account is; the relay learns nothing else about a business. */
export const accountKinds = ['personal', 'business'] as const;
export type AccountKind = (typeof accountKinds)[number];
/** One-time pre-keys (EC or Kyber) per upload request. */
export const MAX_PRE_KEYS_PER_UPLOAD = 100;
/** Largest `content` of one per-device message, in bytes (as Signal). */
export const MAX_MESSAGE_CONTENT_BYTES = 256 * 1024;
/** Largest provisioning envelope a primary may send to a provisioning address. */
export const MAX_PROVISIONING_ENVELOPE_BYTES = 64 * 1024;
/** Length of an unidentified-access key, derived from the profile key. */
export const UNIDENTIFIED_ACCESS_KEY_BYTES = 16;

/** HTTP header carrying the base64 unidentified-access key on sealed-sender calls. */
export const UNIDENTIFIED_ACCESS_KEY_HEADER = 'unidentified-access-key';

/**
 * Header (`name:value`) on a deliver request whose envelope was sent online-only: the
 * relay never stored it and never sends it again, so the device need not remember it to
 * drop a redelivery. Value `true`; queued deliveries do not carry it.
 */
export const ONLINE_DELIVERY_HEADER = 'x-parley-online';

/** Requests the relay makes on a device socket, and the one a device may make. */
export const DeviceSocketPaths = {
  /** Relay → device: body is one `Envelope`; answer 200 to acknowledge (then it is deleted). */
  deliver: '/api/v1/message',
  /** Relay → device: the backlog present at connect time is delivered and acknowledged. */
  queueEmpty: '/api/v1/queue/empty',
  /** Device → relay: liveness probe, answered 200. */
  keepalive: '/v1/keepalive',
} as const;

/** Requests the relay makes on a provisioning socket. */
export const ProvisioningSocketPaths = {
  /** Body is a `ProvisioningAddress`. */
  address: '/v1/address',
  /** Body is the opaque `ProvisionEnvelope` bytes the primary sent. */
  message: '/v1/message',
} as const;

/** WebSocket close codes the relay uses (4000–4999 are application codes). */
export const RelayCloseCodes = {
  normal: 1000,
  goingAway: 1001,
  /** Credentials stopped being valid (the device was removed). */
  deviceRemoved: 4401,
  /** The provisioning address expired unused. */
  provisioningExpired: 4408,
  /** Another connection for the same device took over. */
  displaced: 4409,
} as const;

export const WebSocketPaths = {
  device: '/v1/websocket',
  provisioning: '/v1/websocket/provisioning',
} as const;
