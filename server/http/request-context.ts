/** What the auth hooks attach to a request, and the helpers that read it. */
import type { FastifyRequest } from 'fastify';
import type { RequestAccess } from '../auth/access';
import type { AuthenticatedDevice } from '../auth/authenticator';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the `device` and `deviceOrSealed` hooks. */
    access: RequestAccess | undefined;
  }
}

/** The authenticated device of a route behind the `device` hook. */
export function deviceOf(request: FastifyRequest): AuthenticatedDevice {
  const access = request.access;
  if (access?.kind !== 'device') throw new Error('Route is missing its authentication hook.');
  return access.device;
}

export function accessOf(request: FastifyRequest): RequestAccess {
  if (request.access === undefined) throw new Error('Route is missing its authentication hook.');
  return request.access;
}
