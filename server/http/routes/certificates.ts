import type { FastifyInstance } from 'fastify';
import type { SenderCertificateResponse, TrustRootResponse } from '../../../shared/relay-api';
import { deviceOf } from '../request-context';
import type { RouteContext } from './context';

export function registerCertificateRoutes(app: FastifyInstance, context: RouteContext): void {
  const { certificates, auth } = context;

  app.get(
    '/v1/certificate/delivery',
    { onRequest: auth.device },
    async (request): Promise<SenderCertificateResponse> => ({ certificate: await certificates.issueFor(deviceOf(request)) }),
  );

  // Public: clients pin it when they first meet this relay.
  app.get('/v1/certificate/trust-root', (): TrustRootResponse => ({ publicKey: certificates.trustRootPublicKey() }));
}
