/**
 * `onRequest` hooks, so credentials are checked before a body is read. Failed attempts
 * count against a per-IP bucket; once it is empty, that IP gets 429 before any check.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UNIDENTIFIED_ACCESS_KEY_HEADER } from '../../shared/relay-api';
import { parseAccessKeyHeader } from '../auth/access-key';
import type { Authenticator } from '../auth/authenticator';
import type { LastSeenRecorder } from '../auth/last-seen';
import { parseBasicAuthorization } from '../auth/authenticator';
import { BadRequestError, UnauthorizedError } from '../errors';
import type { RateLimiter } from '../rate-limit';

export type AuthHook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export interface AuthHooks {
  /** Basic auth of a device is required. */
  readonly device: AuthHook;
  /** Basic auth, or (sealed sender) an `Unidentified-Access-Key` header, but not both. */
  readonly deviceOrSealed: AuthHook;
}

export function createAuthHooks(authenticator: Authenticator, limiter: RateLimiter, lastSeen: LastSeenRecorder): AuthHooks {
  const authenticateDevice = async (request: FastifyRequest): Promise<void> => {
    await limiter.check('authFailuresPerIp', request.ip);
    const credentials = parseBasicAuthorization(request.headers.authorization);
    const device = credentials === undefined ? undefined : await authenticator.authenticate(credentials);
    if (device === undefined) {
      await limiter.take('authFailuresPerIp', request.ip);
      throw new UnauthorizedError();
    }
    lastSeen.record(device);
    request.access = { kind: 'device', device };
  };

  return {
    device: authenticateDevice,
    deviceOrSealed: async (request) => {
      const accessKeyHeader = request.headers[UNIDENTIFIED_ACCESS_KEY_HEADER];
      const hasAuthorization = request.headers.authorization !== undefined;
      if (accessKeyHeader === undefined || hasAuthorization) {
        if (accessKeyHeader !== undefined) {
          throw new BadRequestError('Send either Authorization or Unidentified-Access-Key, not both.');
        }
        await authenticateDevice(request);
        return;
      }
      const accessKey = parseAccessKeyHeader(typeof accessKeyHeader === 'string' ? accessKeyHeader : undefined);
      if (accessKey === undefined) throw new UnauthorizedError('Malformed unidentified-access key.');
      request.access = { kind: 'sealed', accessKey };
    },
  };
}
