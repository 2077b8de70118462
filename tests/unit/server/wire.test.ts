/** The wire schemas as the relay uses them: 64-bit fields are numbers, also as defaults. */
import { describe, expect, it } from 'vitest';
import { Envelope, EnvelopeType, WebSocketMessage, WebSocketMessageType } from '../../../shared/proto';

describe('shared/proto', () => {
  it('decodes 64-bit fields to numbers and defaults them to 0', () => {
    const now = Date.now();
    const decoded = Envelope.decode(Envelope.encode({ type: EnvelopeType.CIPHERTEXT, serverTimestamp: now }).finish());
    expect(decoded.serverTimestamp).toBe(now);
    expect(decoded.clientTimestamp).toBe(0);
    expect(typeof decoded.clientTimestamp).toBe('number');
  });

  it('leaves the sender of a sealed-sender envelope absent, not empty', () => {
    const decoded = Envelope.decode(Envelope.encode({ type: EnvelopeType.UNIDENTIFIED_SENDER, content: new Uint8Array([1]) }).finish());
    expect(decoded.sourceAccountId ?? undefined).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(decoded, 'sourceAccountId')).toBe(false);
  });

  it('round-trips request frames with numeric ids', () => {
    const frame = WebSocketMessage.encode({
      type: WebSocketMessageType.REQUEST,
      request: { id: 2 ** 40, verb: 'PUT', path: '/api/v1/message', headers: ['a:b'], body: new Uint8Array([7]) },
    }).finish();
    const decoded = WebSocketMessage.decode(frame);
    expect(decoded.request?.id).toBe(2 ** 40);
    expect(decoded.request?.headers).toEqual(['a:b']);
  });
});
