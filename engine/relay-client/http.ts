/**
 * The engine's HTTP client for the relay (docs/protocol/relay.md). Every body is checked
 * against the shared zod schemas on the way in; 401/409/410 become typed errors.
 */
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type {
  AccountAttributesRequest,
  AttachmentUploadResponse,
  DeviceCreatedResponse,
  DeviceListResponse,
  HandleLookupResponse,
  LinkDeviceRequest,
  LinkTokenResponse,
  PreKeyBundleResponse,
  PreKeyCountResponse,
  QueuedMessagesResponse,
  RegisterAccountRequest,
  ResetIdentityRequest,
  SendMessagesRequest,
  SendMessagesResponse,
  SetKeysRequest,
  WhoAmIResponse,
} from '../../shared/relay-api';
import {
  AttachmentUploadResponseSchema,
  DeviceCreatedResponseSchema,
  DeviceListResponseSchema,
  ErrorBodySchema,
  HandleLookupResponseSchema,
  LinkTokenResponseSchema,
  MismatchedDevicesSchema,
  PreKeyBundleResponseSchema,
  PreKeyCountResponseSchema,
  QueuedMessagesResponseSchema,
  SendMessagesResponseSchema,
  SenderCertificateResponseSchema,
  StaleDevicesSchema,
  TrustRootResponseSchema,
  UNIDENTIFIED_ACCESS_KEY_HEADER,
  WhoAmIResponseSchema,
} from '../../shared/relay-api';
import { MismatchedDevicesError, RelayAuthError, RelayHttpError, RelayUnreachableError, StaleDevicesError } from './errors';

export interface RelayCredentials {
  readonly accountId: string;
  readonly deviceId: number;
  readonly password: string;
}

/** How a call proves it may be made: as this device, with a recipient's access key, or not at all. */
type Auth = { readonly kind: 'device' } | { readonly kind: 'none' } | { readonly kind: 'sealed'; readonly accessKey: Uint8Array };

interface RequestOptions {
  readonly auth: Auth;
  readonly body?: unknown;
}

/** Transfers of large blobs: cancellable by the caller (the connection closes at once). */
export interface TransferOptions {
  readonly signal?: AbortSignal;
}

export class RelayHttpClient {
  constructor(
    readonly baseUrl: string,
    private credentials?: RelayCredentials,
    private readonly timeoutMs = 30_000,
  ) {}

  setCredentials(credentials: RelayCredentials): void {
    this.credentials = credentials;
  }

  get authorization(): string {
    if (this.credentials === undefined) throw new Error('This device has no relay credentials yet.');
    const login = `${this.credentials.accountId}.${String(this.credentials.deviceId)}`;
    return `Basic ${Buffer.from(`${login}:${this.credentials.password}`).toString('base64')}`;
  }

  registerAccount(request: RegisterAccountRequest): Promise<DeviceCreatedResponse> {
    return this.json('POST', '/v1/accounts', DeviceCreatedResponseSchema, { auth: { kind: 'none' }, body: request });
  }

  whoAmI(): Promise<WhoAmIResponse> {
    return this.json('GET', '/v1/accounts/whoami', WhoAmIResponseSchema, { auth: { kind: 'device' } });
  }

  lookupHandle(handle: string): Promise<HandleLookupResponse> {
    return this.json('GET', `/v1/accounts/handle/${encodeURIComponent(handle)}`, HandleLookupResponseSchema, {
      auth: { kind: 'device' },
    });
  }

  async setAccountAttributes(request: AccountAttributesRequest): Promise<void> {
    await this.send('PUT', '/v1/accounts/attributes', { auth: { kind: 'device' }, body: request });
  }

  listDevices(): Promise<DeviceListResponse> {
    return this.json('GET', '/v1/devices', DeviceListResponseSchema, { auth: { kind: 'device' } });
  }

  async removeDevice(deviceId: number): Promise<void> {
    await this.send('DELETE', `/v1/devices/${String(deviceId)}`, { auth: { kind: 'device' } });
  }

  createLinkToken(): Promise<LinkTokenResponse> {
    return this.json('GET', '/v1/devices/provisioning/code', LinkTokenResponseSchema, { auth: { kind: 'device' } });
  }

  linkDevice(request: LinkDeviceRequest): Promise<DeviceCreatedResponse> {
    return this.json('PUT', '/v1/devices/link', DeviceCreatedResponseSchema, { auth: { kind: 'none' }, body: request });
  }

  async setKeys(request: SetKeysRequest): Promise<void> {
    await this.send('PUT', '/v2/keys', { auth: { kind: 'device' }, body: request });
  }

  getPreKeyCount(): Promise<PreKeyCountResponse> {
    return this.json('GET', '/v2/keys', PreKeyCountResponseSchema, { auth: { kind: 'device' } });
  }

  /** One device's bundle, or every device's with `'*'`. */
  getPreKeyBundle(accountId: string, deviceId: number | '*', accessKey?: Uint8Array): Promise<PreKeyBundleResponse> {
    return this.json('GET', `/v2/keys/${accountId}/${String(deviceId)}`, PreKeyBundleResponseSchema, {
      auth: accessKey === undefined ? { kind: 'device' } : { kind: 'sealed', accessKey },
    });
  }

  sendMessages(accountId: string, request: SendMessagesRequest, accessKey?: Uint8Array): Promise<SendMessagesResponse> {
    return this.json('PUT', `/v1/messages/${accountId}`, SendMessagesResponseSchema, {
      auth: accessKey === undefined ? { kind: 'device' } : { kind: 'sealed', accessKey },
      body: request,
    });
  }

  /** A short-lived sealed-sender certificate for this device (base64 of the serialized certificate). */
  async getSenderCertificate(): Promise<string> {
    return (await this.json('GET', '/v1/certificate/delivery', SenderCertificateResponseSchema, { auth: { kind: 'device' } })).certificate;
  }

  /** The relay's sealed-sender trust root (base64 of the serialized public key). */
  async getTrustRoot(): Promise<string> {
    return (await this.json('GET', '/v1/certificate/trust-root', TrustRootResponseSchema, { auth: { kind: 'none' } })).publicKey;
  }

  fetchMessages(): Promise<QueuedMessagesResponse> {
    return this.json('GET', '/v1/messages', QueuedMessagesResponseSchema, { auth: { kind: 'device' } });
  }

  async acknowledgeMessage(guid: string): Promise<void> {
    await this.send('DELETE', `/v1/messages/uuid/${guid}`, { auth: { kind: 'device' } });
  }

  /** A reinstalled primary: new identity and keys for device 1; linked devices are removed. */
  async resetIdentity(request: ResetIdentityRequest): Promise<void> {
    await this.send('PUT', '/v1/accounts/identity', { auth: { kind: 'device' }, body: request });
  }

  async sendProvisioningMessage(address: string, envelope: Uint8Array): Promise<void> {
    await this.send('PUT', `/v1/provisioning/${encodeURIComponent(address)}`, {
      auth: { kind: 'device' },
      body: { body: Buffer.from(envelope).toString('base64') },
    });
  }

  /** Streams an encrypted blob up; the relay never sees its plaintext or key. */
  async uploadAttachment(blob: Readable, size: number, options: TransferOptions = {}): Promise<AttachmentUploadResponse> {
    const response = await this.transfer('POST', '/v1/attachments', {
      headers: { authorization: this.authorization, 'content-type': 'application/octet-stream', 'content-length': String(size) },
      body: blob,
      signal: options.signal,
    });
    const text = (await readSmallBody(response)).toString('utf8');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return parseJson(AttachmentUploadResponseSchema, body);
  }

  /** Streams an encrypted blob down. The id is the capability: no credentials are sent. */
  async downloadAttachment(id: string, options: TransferOptions = {}): Promise<Readable> {
    return this.transfer('GET', `/v1/attachments/${encodeURIComponent(id)}`, { headers: {}, signal: options.signal });
  }

  /** Deletes a blob once it is no longer needed; the id is the capability. */
  async deleteAttachment(id: string): Promise<void> {
    await this.send('DELETE', `/v1/attachments/${encodeURIComponent(id)}`, { auth: { kind: 'none' } });
  }

  /**
   * A blob transfer over node:http rather than fetch: cancelling must close the
   * connection at once (fetch leaves a half-sent upload's socket open, and the relay
   * would wait for the rest), and the timeout is for silence, not for the whole transfer.
   */
  private async transfer(
    method: string,
    path: string,
    options: { readonly headers: Record<string, string>; readonly body?: Readable; readonly signal: AbortSignal | undefined },
  ): Promise<IncomingMessage> {
    const url = new URL(path, this.baseUrl);
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
        method,
        headers: options.headers,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      request.setTimeout(this.timeoutMs, () => {
        request.destroy(new Error('The relay stopped answering.'));
      });
      request.once('response', resolve);
      request.once('error', (error) => {
        options.body?.destroy();
        reject(new RelayUnreachableError(this.baseUrl, error));
      });
      if (options.body === undefined) {
        request.end();
      } else {
        options.body.once('error', (error) => request.destroy(error));
        options.body.pipe(request);
      }
    });
    // An answer before the whole body was sent (an error) ends the upload.
    options.body?.destroy();
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) return response;
    const text = await readSmallBody(response).catch(() => Buffer.alloc(0));
    throw await errorFrom(new Response(text.length === 0 ? null : new Uint8Array(text), { status }));
  }

  private async json<S extends z.ZodType>(method: string, path: string, schema: S, options: RequestOptions): Promise<z.output<S>> {
    const response = await this.send(method, path, options);
    return parseJson(schema, await response.json());
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = {};
    if (options.auth.kind === 'device') headers['authorization'] = this.authorization;
    if (options.auth.kind === 'sealed') {
      headers[UNIDENTIFIED_ACCESS_KEY_HEADER] = Buffer.from(options.auth.accessKey).toString('base64');
    }
    // Blobs stream through `transfer`; what goes through fetch is JSON or nothing.
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    let response: Response;
    try {
      response = await fetch(new URL(path, this.baseUrl), {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new RelayUnreachableError(this.baseUrl, error);
    }
    if (response.ok) return response;
    throw await errorFrom(response);
  }
}

async function errorFrom(response: Response): Promise<Error> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (response.status === 409) {
    const parsed = MismatchedDevicesSchema.safeParse(body);
    if (parsed.success) return new MismatchedDevicesError(parsed.data.missingDevices, parsed.data.extraDevices);
  }
  if (response.status === 410) {
    const parsed = StaleDevicesSchema.safeParse(body);
    if (parsed.success) return new StaleDevicesError(parsed.data.staleDevices);
  }
  const error = ErrorBodySchema.safeParse(body);
  const code = error.success ? error.data.error : 'http_error';
  const message = error.success ? error.data.message : `The relay answered ${String(response.status)}.`;
  if (response.status === 401) return new RelayAuthError(401, code, message);
  return new RelayHttpError(response.status, code, message);
}

/** A JSON answer or error body: small, so a misbehaving server cannot make it large. */
async function readSmallBody(response: IncomingMessage): Promise<Buffer> {
  const chunks: Array<Buffer> = [];
  let total = 0;
  for await (const chunk of response) {
    const bytes = chunk as Buffer;
    total += bytes.length;
    if (total > 64 * 1024) {
      response.destroy();
      throw new RelayHttpError(502, 'bad_response', 'The relay sent a response this client does not understand.');
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function parseJson<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new RelayHttpError(502, 'bad_response', 'The relay sent a response this client does not understand.');
  return parsed.data;
}
