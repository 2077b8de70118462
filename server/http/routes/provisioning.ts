import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ProvisioningMessageRequestSchema } from '../../../shared/relay-api';
import { fromBase64 } from '../../bytes';
import { NotFoundError } from '../../errors';
import { deviceOf } from '../request-context';
import { parseOrThrow } from '../validation';
import type { RouteContext } from './context';

const AddressParamsSchema = z.object({ address: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

export function registerProvisioningRoutes(app: FastifyInstance, context: RouteContext): void {
  const { provisioning, auth, limiter } = context;

  app.put('/v1/provisioning/:address', { onRequest: auth.device }, async (request, reply) => {
    await limiter.take('provisioningMessagesPerAccount', deviceOf(request).accountId);
    const missing = (): NotFoundError => new NotFoundError('No provisioning socket has this address.');
    const params = AddressParamsSchema.safeParse(request.params);
    if (!params.success) throw missing();
    const { body } = parseOrThrow(ProvisioningMessageRequestSchema, request.body, 'provisioning message');
    if (!(await provisioning.deliver(params.data.address, fromBase64(body)))) throw missing();
    return reply.code(204).send();
  });
}
