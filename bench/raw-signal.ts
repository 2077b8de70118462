/**
 * The baseline for the engine benchmark: libsignal's own encrypt and decrypt on this
 * machine, with stores that are plain in-memory maps, so nothing but the cryptography
 * and record serialisation is measured.
 */
import {
  IdentityChange,
  IdentityKeyPair,
  IdentityKeyStore,
  KEMKeyPair,
  KyberPreKeyRecord,
  KyberPreKeyStore,
  PreKeyBundle,
  PreKeyRecord,
  PreKeyStore,
  PreKeySignalMessage,
  PrivateKey,
  processPreKeyBundle,
  ProtocolAddress,
  SessionRecord,
  SessionStore,
  SignalMessage,
  signalDecrypt,
  signalDecryptPreKey,
  signalEncrypt,
  SignedPreKeyRecord,
  SignedPreKeyStore,
  CiphertextMessageType,
} from '@signalapp/libsignal-client';
import type { PublicKey } from '@signalapp/libsignal-client';

class MapSessions extends SessionStore {
  private readonly map = new Map<string, Uint8Array<ArrayBuffer>>();
  override saveSession(name: ProtocolAddress, record: SessionRecord): Promise<void> {
    this.map.set(name.toString(), record.serialize());
    return Promise.resolve();
  }
  override getSession(name: ProtocolAddress): Promise<SessionRecord | null> {
    const bytes = this.map.get(name.toString());
    return Promise.resolve(bytes === undefined ? null : SessionRecord.deserialize(bytes));
  }
  override async getExistingSessions(addresses: Array<ProtocolAddress>): Promise<Array<SessionRecord>> {
    const records = await Promise.all(addresses.map((address) => this.getSession(address)));
    return records.filter((record): record is SessionRecord => record !== null);
  }
}

class MapIdentities extends IdentityKeyStore {
  private readonly known = new Map<string, PublicKey>();
  constructor(
    private readonly identity: IdentityKeyPair,
    private readonly registrationId: number,
  ) {
    super();
  }
  override getIdentityKey(): Promise<PrivateKey> {
    return Promise.resolve(this.identity.privateKey);
  }
  override getLocalRegistrationId(): Promise<number> {
    return Promise.resolve(this.registrationId);
  }
  override saveIdentity(name: ProtocolAddress, key: PublicKey): Promise<IdentityChange> {
    this.known.set(name.name(), key);
    return Promise.resolve(IdentityChange.NewOrUnchanged);
  }
  override isTrustedIdentity(): Promise<boolean> {
    return Promise.resolve(true);
  }
  override getIdentity(name: ProtocolAddress): Promise<PublicKey | null> {
    return Promise.resolve(this.known.get(name.name()) ?? null);
  }
}

class MapPreKeys extends PreKeyStore {
  readonly map = new Map<number, PreKeyRecord>();
  override savePreKey(id: number, record: PreKeyRecord): Promise<void> {
    this.map.set(id, record);
    return Promise.resolve();
  }
  override getPreKey(id: number): Promise<PreKeyRecord> {
    const record = this.map.get(id);
    return record === undefined ? Promise.reject(new Error('no pre-key')) : Promise.resolve(record);
  }
  override removePreKey(id: number): Promise<void> {
    this.map.delete(id);
    return Promise.resolve();
  }
}

class MapSignedPreKeys extends SignedPreKeyStore {
  readonly map = new Map<number, SignedPreKeyRecord>();
  override saveSignedPreKey(id: number, record: SignedPreKeyRecord): Promise<void> {
    this.map.set(id, record);
    return Promise.resolve();
  }
  override getSignedPreKey(id: number): Promise<SignedPreKeyRecord> {
    const record = this.map.get(id);
    return record === undefined ? Promise.reject(new Error('no signed pre-key')) : Promise.resolve(record);
  }
}

class MapKyberPreKeys extends KyberPreKeyStore {
  readonly map = new Map<number, KyberPreKeyRecord>();
  override saveKyberPreKey(id: number, record: KyberPreKeyRecord): Promise<void> {
    this.map.set(id, record);
    return Promise.resolve();
  }
  override getKyberPreKey(id: number): Promise<KyberPreKeyRecord> {
    const record = this.map.get(id);
    return record === undefined ? Promise.reject(new Error('no kyber pre-key')) : Promise.resolve(record);
  }
  override markKyberPreKeyUsed(): Promise<void> {
    return Promise.resolve();
  }
}

export interface RawRates {
  readonly encryptPerSecond: number;
  readonly decryptPerSecond: number;
}

/** Encrypts `count` padded 160-byte messages from A to B, then decrypts them all, timing each phase. */
export async function measureRawSignal(count: number): Promise<RawRates> {
  const aliceIdentity = IdentityKeyPair.generate();
  const bobIdentity = IdentityKeyPair.generate();
  const alice = { sessions: new MapSessions(), identities: new MapIdentities(aliceIdentity, 1) };
  const bob = {
    sessions: new MapSessions(),
    identities: new MapIdentities(bobIdentity, 2),
    preKeys: new MapPreKeys(),
    signed: new MapSignedPreKeys(),
    kyber: new MapKyberPreKeys(),
  };
  const aliceAddress = ProtocolAddress.new('alice', 1);
  const bobAddress = ProtocolAddress.new('bob', 1);
  const preKey = PrivateKey.generate();
  const signedKey = PrivateKey.generate();
  const kem = KEMKeyPair.generate();
  const signedSignature = bobIdentity.privateKey.sign(signedKey.getPublicKey().serialize());
  const kemSignature = bobIdentity.privateKey.sign(kem.getPublicKey().serialize());
  await bob.preKeys.savePreKey(1, PreKeyRecord.new(1, preKey.getPublicKey(), preKey));
  await bob.signed.saveSignedPreKey(1, SignedPreKeyRecord.new(1, Date.now(), signedKey.getPublicKey(), signedKey, signedSignature));
  await bob.kyber.saveKyberPreKey(1, KyberPreKeyRecord.new(1, Date.now(), kem, kemSignature));
  const bundle = PreKeyBundle.new(2, 1, 1, preKey.getPublicKey(), 1, signedKey.getPublicKey(), signedSignature, bobIdentity.publicKey, 1, kem.getPublicKey(), kemSignature);
  await processPreKeyBundle(bundle, bobAddress, aliceAddress, alice.sessions, alice.identities);

  const plaintext = new Uint8Array(160).fill(7);
  const ciphertexts: Array<{ type: number; bytes: Uint8Array<ArrayBuffer> }> = [];
  const encryptStarted = performance.now();
  for (let index = 0; index < count; index++) {
    const message = await signalEncrypt(plaintext, bobAddress, aliceAddress, alice.sessions, alice.identities);
    ciphertexts.push({ type: message.type(), bytes: message.serialize() });
  }
  const encryptSeconds = (performance.now() - encryptStarted) / 1000;

  const decryptStarted = performance.now();
  for (const ciphertext of ciphertexts) {
    if (ciphertext.type === (CiphertextMessageType.PreKey as number)) {
      await signalDecryptPreKey(PreKeySignalMessage.deserialize(ciphertext.bytes), aliceAddress, bobAddress, bob.sessions, bob.identities, bob.preKeys, bob.signed, bob.kyber);
    } else {
      await signalDecrypt(SignalMessage.deserialize(ciphertext.bytes), aliceAddress, bobAddress, bob.sessions, bob.identities);
    }
  }
  const decryptSeconds = (performance.now() - decryptStarted) / 1000;
  return { encryptPerSecond: count / encryptSeconds, decryptPerSecond: count / decryptSeconds };
}
