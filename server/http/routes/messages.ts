import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AccountIdSchema, SendMessagesRequestSchema } from '../../../shared/relay-api';
import type { QueuedMessagesResponse, SendMessagesResponse } from '../../../shared/relay-api';
import { accessOf, deviceOf } from '../request-context';
import { parseOrThrow } from '../validation';
import type { RouteContext } from './context';

const DestinationParamsSchema = z.object({ accountId: z.string().toLowerCase().pipe(AccountIdSchema) });
const GuidParamsSchema = z.object({ guid: z.uuid() });
const FETCH_LIMIT = 100;

export function registerMessageRoutes(app: FastifyInstance, context: RouteContext): void {
  const { messages, auth, limiter, config } = context;

  app.put(
    '/v1/messages/:accountId',
    { onRequest: auth.deviceOrSealed, bodyLimit: config.messagesBodyLimitBytes },
    async (request): Promise<SendMessagesResponse> => {
      const access = accessOf(request);
      if (access.kind === 'device') await limiter.take('messagesPerAccount', access.device.accountId);
      else await limiter.take('sealedMessagesPerIp', request.ip);
      const { accountId } = parseOrThrow(DestinationParamsSchema, request.params, 'destination');
      const body = parseOrThrow(SendMessagesRequestSchema, request.body, 'message list');
      return messages.send(access, accountId, body);
    },
  );

  app.get('/v1/messages', { onRequest: auth.device }, (request): Promise<QueuedMessagesResponse> =>
    messages.fetch(deviceOf(request), FETCH_LIMIT),
  );

  app.delete('/v1/messages/uuid/:guid', { onRequest: auth.device }, async (request, reply) => {
    const { guid } = parseOrThrow(GuidParamsSchema, request.params, 'message id');
    await messages.acknowledge(deviceOf(request), guid.toLowerCase());
    return reply.code(204).send();
  });
}
