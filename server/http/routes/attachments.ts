import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AttachmentUploadResponse } from '../../../shared/relay-api';
import { NotFoundError, RelayError } from '../../errors';
import { deviceOf } from '../request-context';
import type { RouteContext } from './context';

const AttachmentParamsSchema = z.object({ id: z.string() });

export function registerAttachmentRoutes(app: FastifyInstance, context: RouteContext): void {
  const { attachments, auth, limiter } = context;

  // Encapsulated, so only this route accepts raw octet streams, which it never buffers.
  app.register((scope, _options, done) => {
    scope.addContentTypeParser('application/octet-stream', (_request, payload, parsed) => {
      parsed(null, payload);
    });

    scope.post('/v1/attachments', { onRequest: auth.device }, async (request): Promise<AttachmentUploadResponse> => {
      await limiter.take('attachmentUploadsPerAccount', deviceOf(request).accountId);
      const length = request.headers['content-length'];
      const declared = length === undefined ? undefined : Number(length);
      if (!(request.body instanceof Readable)) {
        throw new RelayError(415, 'unsupported_media_type', 'Upload the blob as application/octet-stream.');
      }
      return attachments.upload(request.body, declared);
    });
    done();
  });

  // Unauthenticated on purpose: the 192-bit id is the capability, and a recipient that
  // fetched with its credentials would tell the relay who received what from whom.
  app.get('/v1/attachments/:id', async (request, reply) => {
    await limiter.take('attachmentDownloadsPerIp', request.ip);
    const params = AttachmentParamsSchema.safeParse(request.params);
    if (!params.success) throw new NotFoundError('No such attachment.');
    const blob = await attachments.download(params.data.id);
    return reply
      .header('content-type', 'application/octet-stream')
      .header('content-length', String(blob.size))
      .header('cache-control', 'private, no-store')
      .send(blob.stream);
  });

  app.delete('/v1/attachments/:id', async (request, reply) => {
    await limiter.take('attachmentDownloadsPerIp', request.ip);
    const params = AttachmentParamsSchema.safeParse(request.params);
    if (!params.success) throw new NotFoundError('No such attachment.');
    await attachments.remove(params.data.id);
    return reply.code(204).send();
  });
}
