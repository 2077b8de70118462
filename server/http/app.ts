/** The Fastify application: request hooks, error handling and the route modules. */
import type { Server as HttpsServer } from 'node:https';
import Fastify, { LogController } from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Logger } from 'pino';
import { handleError } from './error-handler';
import { registerAccountRoutes } from './routes/accounts';
import { registerAttachmentRoutes } from './routes/attachments';
import { registerCertificateRoutes } from './routes/certificates';
import type { RouteContext } from './routes/context';
import { registerDeviceRoutes } from './routes/devices';
import { registerKeyRoutes } from './routes/keys';
import { registerMessageRoutes } from './routes/messages';
import { registerProvisioningRoutes } from './routes/provisioning';

export interface HttpAppOptions {
  readonly logger: Logger;
  /** True once shutdown began: responses then close their connection. */
  readonly isClosing: () => boolean;
  readonly https?: { readonly cert: string | Buffer; readonly key: string | Buffer } | undefined;
}

export function buildHttpApp(options: HttpAppOptions, context: RouteContext): FastifyInstance {
  const serverOptions = {
    loggerInstance: options.logger,
    // Fastify's own request lines carry full URLs, and our URLs carry capabilities
    // (provisioning addresses, attachment ids): the onResponse hook logs route patterns.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: context.config.bodyLimitBytes,
    trustProxy: context.config.trustProxy,
    // Sockets upgraded to WebSockets are closed by the relay itself on shutdown.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  } satisfies FastifyServerOptions;
  // Route modules take the default instance type: the pino logger and the HTTPS server
  // type differ only in generics that no route depends on.
  const app =
    options.https === undefined
      ? (Fastify(serverOptions) as unknown as FastifyInstance)
      : (Fastify<HttpsServer>({ ...serverOptions, https: options.https }) as unknown as FastifyInstance);

  app.decorateRequest('access', undefined);
  // JSON only (and octet streams on the attachment route): anything else is 415.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) => {
    reply.code(404).send({ error: 'not_found', message: 'Not found.' });
  });

  app.addHook('onRequest', async (request) => {
    await context.limiter.take('requestsPerIp', request.ip);
  });

  // A keep-alive connection that was busy when shutdown began would otherwise stay open
  // (and hold up `close`) until its idle timeout.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (options.isClosing()) reply.header('connection', 'close');
    done(null, payload);
  });

  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(unmatched)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
    done();
  });

  app.get('/health', () => ({ status: 'ok' }));
  registerAccountRoutes(app, context);
  registerDeviceRoutes(app, context);
  registerKeyRoutes(app, context);
  registerMessageRoutes(app, context);
  registerProvisioningRoutes(app, context);
  registerAttachmentRoutes(app, context);
  registerCertificateRoutes(app, context);
  return app;
}
