import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccountIdSchema,
  AttachmentIdSchema,
  checkedIds,
  ConversationIdSchema,
  DeviceIdSchema,
  MessageIdSchema,
  OutboxIdSchema,
  PreKeyIdSchema,
  RegistrationIdSchema,
  ServerGuidSchema,
} from '../../../../shared/domain/ids';

/** The fast checks the store uses and the schemas the IPC and the relay use must agree on every value. */
describe('branded ids', () => {
  const strings = fc.oneof(fc.uuid(), fc.uuid().map((value) => value.toUpperCase()), fc.string({ maxLength: 140 }), fc.constant(''));
  const numbers = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER + 2));
  const agree = (schema: { safeParse(value: unknown): { success: boolean; data?: unknown } }, check: (value: never) => unknown, values: fc.Arbitrary<unknown>): void => {
    fc.assert(
      fc.property(values, (value) => {
        const parsed = schema.safeParse(value);
        expect(check(value as never)).toEqual(parsed.success ? parsed.data : undefined);
      }),
    );
  };

  it('accept and normalise the same uuid-shaped ids', () => {
    agree(AccountIdSchema, checkedIds.account, strings);
    agree(ConversationIdSchema, checkedIds.conversation, strings);
    agree(MessageIdSchema, checkedIds.message, strings);
    agree(AttachmentIdSchema, checkedIds.attachment, strings);
    agree(ServerGuidSchema, checkedIds.serverGuid, strings);
  });

  it('accept the same numeric ids', () => {
    agree(DeviceIdSchema, checkedIds.device, numbers);
    agree(RegistrationIdSchema, checkedIds.registration, numbers);
    agree(OutboxIdSchema, checkedIds.outbox, numbers);
    agree(PreKeyIdSchema, checkedIds.preKey, numbers);
  });
});
