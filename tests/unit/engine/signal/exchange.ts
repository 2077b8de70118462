/** Sending and receiving one message between two test accounts, as the engine will. */
import type { CiphertextMessage } from '@signalapp/libsignal-client';
import {
  CiphertextMessageType,
  PreKeySignalMessage,
  SignalMessage,
  signalDecrypt,
  signalDecryptPreKey,
  signalEncrypt,
} from '@signalapp/libsignal-client';
import type { SignalStores } from '../../../../engine/signal';
import type { TestAccount } from '../fixtures';

export function encryptText(from: TestAccount, to: TestAccount, text: string): Promise<CiphertextMessage> {
  return signalEncrypt(new TextEncoder().encode(text), to.address, from.address, from.stores.session, from.stores.identity);
}

/** Decrypts with `stores` (default: the receiver's own), to allow staged stores. */
export async function decryptText(
  at: TestAccount,
  from: TestAccount,
  message: CiphertextMessage,
  stores: SignalStores = at.stores,
): Promise<string> {
  const bytes = message.serialize();
  // type() answers a plain number; compare it as one.
  const preKeyType: number = CiphertextMessageType.PreKey;
  const whisperType: number = CiphertextMessageType.Whisper;
  if (message.type() === preKeyType) {
    return new TextDecoder().decode(
      await signalDecryptPreKey(
        PreKeySignalMessage.deserialize(bytes),
        from.address,
        at.address,
        stores.session,
        stores.identity,
        stores.preKey,
        stores.signedPreKey,
        stores.kyberPreKey,
      ),
    );
  }
  if (message.type() === whisperType) {
    return new TextDecoder().decode(
      await signalDecrypt(SignalMessage.deserialize(bytes), from.address, at.address, stores.session, stores.identity),
    );
  }
  throw new Error(`unexpected message type ${message.type()}`);
}
