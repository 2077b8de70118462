import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AccountIdSchema, SetKeysRequestSchema } from '../../../shared/relay-api';
import type { PreKeyBundleResponse, PreKeyCountResponse } from '../../../shared/relay-api';
import { accessOf, deviceOf } from '../request-context';
import { DeviceIdParamSchema, parseOrThrow } from '../validation';
import type { RouteContext } from './context';

const BundleParamsSchema = z.object({
  accountId: z.string().toLowerCase().pipe(AccountIdSchema),
  deviceId: z.union([z.literal('*'), DeviceIdParamSchema]),
});

export function registerKeyRoutes(app: FastifyInstance, context: RouteContext): void {
  const { keys, auth, limiter } = context;

  app.put('/v2/keys', { onRequest: auth.device }, async (request, reply) => {
    const body = parseOrThrow(SetKeysRequestSchema, request.body, 'key upload');
    await keys.setKeys(deviceOf(request), body);
    return reply.code(204).send();
  });

  app.get('/v2/keys', { onRequest: auth.device }, (request): Promise<PreKeyCountResponse> => keys.count(deviceOf(request)));

  app.get(
    '/v2/keys/:accountId/:deviceId',
    { onRequest: auth.deviceOrSealed },
    async (request): Promise<PreKeyBundleResponse> => {
      const access = accessOf(request);
      if (access.kind === 'device') await limiter.take('preKeyFetchesPerAccount', access.device.accountId);
      else await limiter.take('sealedMessagesPerIp', request.ip);
      const { accountId, deviceId } = parseOrThrow(BundleParamsSchema, request.params, 'bundle request');
      return keys.getBundles(access, accountId, deviceId);
    },
  );
}
