/** How a request is authorized: as a device (Basic auth) or, for sealed sender, by access key. */
import type { AuthenticatedDevice } from './authenticator';

export type RequestAccess =
  | { readonly kind: 'device'; readonly device: AuthenticatedDevice }
  | { readonly kind: 'sealed'; readonly accessKey: Uint8Array };
