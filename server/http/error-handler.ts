/**
 * Turns errors into responses. RelayErrors carry their status and body. Fastify's own
 * client errors (bad JSON, wrong media type, body too large) keep their status but get a
 * fixed message: a JSON parser's message can quote the body, and bodies are never echoed
 * or logged. Anything else is a 500 whose details go only to the log.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { RateLimitedError, RelayError, UnauthorizedError } from '../errors';

const CLIENT_ERRORS: Readonly<Record<number, { readonly error: string; readonly message: string }>> = {
  400: { error: 'invalid_request', message: 'The request is malformed.' },
  404: { error: 'not_found', message: 'Not found.' },
  405: { error: 'method_not_allowed', message: 'Method not allowed.' },
  413: { error: 'payload_too_large', message: 'The body is too large.' },
  415: { error: 'unsupported_media_type', message: 'Unsupported content type.' },
};

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof RelayError) {
    if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
    if (error instanceof UnauthorizedError) reply.header('www-authenticate', 'Basic realm="parley"');
    // An upload refused mid-stream: close rather than read the rest.
    if (error.status === 413) reply.header('connection', 'close');
    reply.code(error.status).send(error.body());
    return;
  }
  const status = (error as Partial<FastifyError>).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const known = CLIENT_ERRORS[status] ?? { error: 'invalid_request', message: 'The request was refused.' };
    if (status === 413) reply.header('connection', 'close');
    reply.code(status).send(known);
    return;
  }
  const failure = error instanceof Error ? error : new Error(String(error));
  request.log.error({ err: { type: failure.name, message: failure.message, stack: failure.stack } }, 'request failed');
  reply.code(500).send({ error: 'internal', message: 'Internal error.' });
}
