import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AccountAttributesRequestSchema,
  HandleInputSchema,
  RegisterAccountRequestSchema,
} from '../../../shared/relay-api';
import type { DeviceCreatedResponse, HandleLookupResponse, WhoAmIResponse } from '../../../shared/relay-api';
import { deviceOf } from '../request-context';
import { parseOrThrow } from '../validation';
import type { RouteContext } from './context';

const HandleParamsSchema = z.object({ handle: HandleInputSchema });

export function registerAccountRoutes(app: FastifyInstance, context: RouteContext): void {
  const { accounts, auth, limiter } = context;

  app.post('/v1/accounts', async (request): Promise<DeviceCreatedResponse> => {
    await limiter.take('registrationsPerIp', request.ip);
    return accounts.register(parseOrThrow(RegisterAccountRequestSchema, request.body, 'registration'));
  });

  app.get('/v1/accounts/whoami', { onRequest: auth.device }, (request): WhoAmIResponse => {
    const device = deviceOf(request);
    return { accountId: device.accountId, deviceId: device.deviceId };
  });

  app.get('/v1/accounts/handle/:handle', { onRequest: auth.device }, async (request): Promise<HandleLookupResponse> => {
    await limiter.take('handleLookupsPerAccount', deviceOf(request).accountId);
    const { handle } = parseOrThrow(HandleParamsSchema, request.params, 'handle');
    return { accountId: await accounts.lookupHandle(handle) };
  });

  app.put('/v1/accounts/attributes', { onRequest: auth.device }, async (request, reply) => {
    const body = parseOrThrow(AccountAttributesRequestSchema, request.body, 'attributes');
    await accounts.setAttributes(deviceOf(request), body);
    return reply.code(204).send();
  });
}
