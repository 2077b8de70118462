import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LinkDeviceRequestSchema, ResetIdentityRequestSchema } from '../../../shared/relay-api';
import type { DeviceCreatedResponse, DeviceListResponse, LinkTokenResponse } from '../../../shared/relay-api';
import { deviceOf } from '../request-context';
import { DeviceIdParamSchema, parseOrThrow } from '../validation';
import type { RouteContext } from './context';

const DeviceParamsSchema = z.object({ deviceId: DeviceIdParamSchema });

export function registerDeviceRoutes(app: FastifyInstance, context: RouteContext): void {
  const { devices, auth, limiter } = context;

  app.get('/v1/devices', { onRequest: auth.device }, (request): Promise<DeviceListResponse> => devices.list(deviceOf(request)));

  app.delete('/v1/devices/:deviceId', { onRequest: auth.device }, async (request, reply) => {
    const { deviceId } = parseOrThrow(DeviceParamsSchema, request.params, 'device id');
    await devices.remove(deviceOf(request), deviceId);
    return reply.code(204).send();
  });

  app.get('/v1/devices/provisioning/code', { onRequest: auth.device }, async (request): Promise<LinkTokenResponse> => {
    const device = deviceOf(request);
    await limiter.take('linkTokensPerAccount', device.accountId);
    return devices.issueLinkToken(device);
  });

  app.put('/v1/accounts/identity', { onRequest: auth.device }, async (request, reply) => {
    await devices.resetIdentity(deviceOf(request), parseOrThrow(ResetIdentityRequestSchema, request.body, 'identity reset'));
    return reply.code(204).send();
  });

  app.put('/v1/devices/link', async (request): Promise<DeviceCreatedResponse> => {
    await limiter.take('linksPerIp', request.ip);
    return devices.link(parseOrThrow(LinkDeviceRequestSchema, request.body, 'link request'));
  });
}
