/**
 * The linking URL a desktop shows as a QR code and the phone reads:
 *   parley://link?uuid=<provisioning address>&pub_key=<base64 of the 33-byte public key>
 */
import { PublicKey } from '@signalapp/libsignal-client';
import { NamedError } from '../../shared/domain/named-error';

export type LinkUrlProblem = 'not-a-url' | 'not-parley' | 'address' | 'public-key';

export class LinkUrlError extends NamedError {
  constructor(
    readonly problem: LinkUrlProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface LinkUrl {
  /** The relay's provisioning address the desktop is listening on. */
  readonly address: string;
  /** The desktop's ephemeral public key for the provisioning cipher. */
  readonly publicKey: PublicKey;
}

export function formatLinkUrl(address: string, publicKey: PublicKey): string {
  const query = new URLSearchParams({ uuid: address, pub_key: Buffer.from(publicKey.serialize()).toString('base64') });
  return `parley://link?${query.toString()}`;
}

export function parseLinkUrl(text: string): LinkUrl {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new LinkUrlError('not-a-url', 'This is not a Parley linking code (not a URL).');
  }
  if (url.protocol !== 'parley:' || (url.host !== 'link' && url.pathname !== '//link' && url.pathname !== 'link')) {
    throw new LinkUrlError('not-parley', 'This is not a Parley linking code (expected parley://link?…).');
  }
  const address = url.searchParams.get('uuid') ?? '';
  const key = url.searchParams.get('pub_key') ?? '';
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(address)) throw new LinkUrlError('address', 'The linking code has no valid address.');
  const keyBytes = Buffer.from(key, 'base64');
  if (keyBytes.length !== 33 || keyBytes.toString('base64') !== key.replace(/ /g, '+')) {
    throw new LinkUrlError('public-key', 'The linking code has no valid public key.');
  }
  try {
    return { address, publicKey: PublicKey.deserialize(Uint8Array.from(keyBytes)) };
  } catch {
    throw new LinkUrlError('public-key', 'The linking code has no valid public key.');
  }
}
