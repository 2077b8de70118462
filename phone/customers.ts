/**
 * Many customers of one business in one process, for the agent console demo and its
 * tests: each a personal account of its own (data folder, keychain entry, engine) that
 * writes to the business, follows up now and then, and answers some of its replies.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AttachmentRecord } from '../engine/attachments';
import type { KeyStore } from '../engine/keychain';
import type { ReceivedEvent } from '../engine/pipeline/receiver';
import { RelayHttpError } from '../engine/relay-client/errors';
import type { AccountId, Message } from '../engine/store';
import { NamedError } from '../shared/domain/named-error';
import { PhoneNotRegisteredError, PrimaryDevice } from './primary-device';

export interface CustomerSpec {
  readonly handle: string;
  readonly profileName: string;
  readonly dataDir: string;
}

export type CustomerEvent =
  | { readonly kind: 'registered'; readonly handle: string; readonly profileName: string }
  | { readonly kind: 'reused'; readonly handle: string }
  | { readonly kind: 'registration-delayed'; readonly handle: string; readonly waitMs: number }
  | { readonly kind: 'sent' | 'received'; readonly handle: string; readonly message: Message; readonly attachments: ReadonlyArray<AttachmentRecord>; readonly me: AccountId }
  | { readonly kind: 'problem'; readonly handle: string; readonly error: unknown };

export interface CustomerCrowdOptions {
  /** The phone's data folder; customer `h` keeps its database in `<dataDir>/customers/<h>`. */
  readonly dataDir: string;
  readonly relayUrl: string;
  /** One for all: it probes the keychain once; each customer still has its own entry (one per folder). */
  readonly keyStore: KeyStore;
  readonly businessHandle: string;
  readonly count: number;
  /** Handles are `<prefix>-1` … `<prefix>-<count>`; by default `<business>-customer`. */
  readonly prefix?: string;
  readonly onEvent: (event: CustomerEvent) => void;
  /** Aborting stops setting up: what was opened is closed. */
  readonly signal?: AbortSignal;
}

export interface CustomerRunOptions {
  /** Mean time between follow-ups (of some customer); each wait is 0.5–1.5 times it. */
  readonly intervalMs: number;
  /** Messages each customer sends before the run ends; undefined: until stopped. */
  readonly messagesEach?: number;
  /** In [0, 1): every random choice comes from here, so a seeded one repeats a run's choices. */
  readonly random: () => number;
  /** How likely a customer answers a reply of the business (default 0.6). */
  readonly answerProbability?: number;
  /** Aborting ends the run: waits stop, sends in flight finish. */
  readonly signal?: AbortSignal;
}

export interface CustomerRunSummary {
  readonly sent: number;
  readonly received: number;
  readonly stopped: boolean;
}

/** A registration refused because another account has the handle: not one this folder holds. */
export class CustomerHandleTakenError extends NamedError {
  constructor(
    readonly handle: string,
    readonly dataDir: string,
  ) {
    super(`Another account has the handle ${handle}, and its data is not in ${dataDir}: choose another --prefix.`);
  }
}

export class CustomersStoppedError extends NamedError {
  constructor() {
    super('Stopped before every customer was ready.');
  }
}

export const maxCustomers = 100;

export function defaultCustomerPrefix(businessHandle: string): string {
  return `${businessHandle}-customer`;
}

const firstNames = [
  'Maya', 'Liam', 'Sofia', 'Noah', 'Amara', 'Lucas', 'Hana', 'Omar', 'Elena', 'Kenji',
  'Zoe', 'Mateo', 'Priya', 'Felix', 'Ines', 'Tariq', 'Greta', 'Jonas', 'Leila', 'Arjun',
];

/** Customer `index` (1-based): the same handle, folder and name on every run, so runs reuse them. */
export function customerSpecs(dataDir: string, prefix: string, count: number): Array<CustomerSpec> {
  return Array.from({ length: count }, (_, offset) => {
    const handle = `${prefix}-${String(offset + 1)}`;
    const first = firstNames[offset % firstNames.length] ?? 'Customer';
    const initial = String.fromCharCode(65 + ((offset * 7 + 3) % 26));
    return { handle, profileName: `${first} ${initial}.`, dataDir: path.join(dataDir, 'customers', handle) };
  });
}

const openingQuestions = [
  'Hi, my order hasn’t arrived yet. Can you check where it is?',
  'Hello! How do I reset my password?',
  'I was charged twice this month. Can you help?',
  'Can I change the delivery address on an order I placed yesterday?',
  'Do you ship to Canada?',
  'The app keeps logging me out. Is something wrong?',
  'I’d like to return an item. What’s the process?',
  'Is there a discount for annual plans?',
  'My discount code doesn’t work at checkout.',
  'How do I cancel my subscription?',
  'The product I received is damaged.',
  'Can I talk to someone about a business account?',
];

const followUps = [
  'Any update on this?',
  'Just checking in: is anyone there?',
  'Also, my order number is 4821-77.',
  'I’m still waiting, sorry to bother you.',
  'One more thing: can you send me a receipt?',
  'Is there a phone number I can call instead?',
  'I tried again and it still doesn’t work.',
  'Hello?',
];

const answers = [
  'Thanks, that helps!',
  'OK, I’ll try that now.',
  'That didn’t work, unfortunately.',
  'Great, thank you so much.',
  'How long will that take?',
  'Perfect, that’s all I needed.',
  'Could you explain that again?',
  'Sure, give me a minute.',
];

/**
 * A small seeded generator (FNV-1a of the seed into a 32-bit xorshift): the same seed
 * gives the same choices; nothing here needs to be unpredictable.
 */
export function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) {
    state ^= seed.charCodeAt(index);
    state = Math.imul(state, 0x01000193);
  }
  state = state >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

interface Customer {
  readonly spec: CustomerSpec;
  readonly phone: PrimaryDevice;
  /** The business as this customer's store knows it (each store resolves it once). */
  readonly business: AccountId;
  /** Messages this run has decided to send (counted when decided, so answers never overshoot the budget). */
  reserved: number;
}

/** The relay's registration bucket refills one account every 10 s (server/rate-limit.ts). */
const registrationRetryMs = 10_000;
const registrationAttempts = 13;

export class CustomerCrowd {
  private readonly waits = new Set<() => void>();
  private readonly background = new Set<Promise<void>>();
  private stopped = false;
  private sent = 0;
  private received = 0;

  private constructor(
    private readonly customers: ReadonlyArray<Customer>,
    private readonly onEvent: (event: CustomerEvent) => void,
  ) {}

  get handles(): Array<string> {
    return this.customers.map((customer) => customer.spec.handle);
  }

  /**
   * Opens each customer's account, registering those this folder does not hold yet, one
   * at a time (the relay limits registrations per address). The first customer resolves
   * the business handle before any other is registered, so a mistyped handle costs one.
   */
  static async open(options: CustomerCrowdOptions): Promise<CustomerCrowd> {
    const specs = customerSpecs(options.dataDir, options.prefix ?? defaultCustomerPrefix(options.businessHandle), options.count);
    await fs.mkdir(path.join(options.dataDir, 'customers'), { recursive: true });
    const customers: Array<Customer> = [];
    try {
      for (const spec of specs) {
        if (options.signal?.aborted === true) throw new CustomersStoppedError();
        const phone = await openOrRegister(spec, options);
        try {
          if (phone.engine.profile.get().name === '') phone.engine.profile.update({ name: spec.profileName, avatarDataUrl: null });
          customers.push({ spec, phone, business: await phone.engine.contacts.resolveHandle(options.businessHandle), reserved: 0 });
        } catch (error) {
          await phone.close();
          throw error;
        }
      }
    } catch (error) {
      await closeAll(customers.map((customer) => customer.phone));
      throw error;
    }
    return new CustomerCrowd(customers, options.onEvent);
  }

  /**
   * Connects every customer, sends each one's opening question, then follow-ups at
   * random intervals, and answers some replies; ends when each sent `messagesEach`
   * (and those sends are done) or when stopped.
   */
  async run(options: CustomerRunOptions): Promise<CustomerRunSummary> {
    const stopOnAbort = (): void => {
      this.stop();
    };
    if (options.signal?.aborted === true) this.stop();
    options.signal?.addEventListener('abort', stopOnAbort, { once: true });
    const disposers = this.customers.map((customer) =>
      customer.phone.engine.on('received', (event) => {
        this.handleReceived(customer, event, options);
      }),
    );
    try {
      await Promise.all(this.customers.map((customer) => customer.phone.connect()));
      const hasBudget = (customer: Customer): boolean => options.messagesEach === undefined || customer.reserved < options.messagesEach;
      await Promise.all(
        this.customers.filter(hasBudget).map((customer) => this.sendFrom(customer, pick(openingQuestions, options.random))),
      );
      while (!this.stopped && this.customers.some(hasBudget)) {
        if (!(await this.wait(options.intervalMs * (0.5 + options.random())))) break;
        const candidates = this.customers.filter(hasBudget);
        // An answer may have taken the last budget during the wait.
        if (candidates.length === 0) break;
        await this.sendFrom(pick(candidates, options.random), pick(followUps, options.random));
      }
      // Answers already decided on still go (or end at once if stopped).
      while (this.background.size > 0) await Promise.all(this.background);
      return { sent: this.sent, received: this.received, stopped: this.stopped };
    } finally {
      options.signal?.removeEventListener('abort', stopOnAbort);
      for (const dispose of disposers) dispose();
    }
  }

  /** Ends the run: pending waits end now, sends in flight finish. */
  stop(): void {
    this.stopped = true;
    for (const end of [...this.waits]) end();
  }

  /** Stops every engine (what the outbox still holds goes on the next run) and closes every store. */
  async close(): Promise<void> {
    this.stop();
    await closeAll(this.customers.map((customer) => customer.phone));
  }

  private handleReceived(customer: Customer, event: ReceivedEvent, options: CustomerRunOptions): void {
    if (event.kind !== 'message') return;
    const { phone } = customer;
    const message = phone.engine.messaging.get(event.messageId);
    const me = phone.engine.account.accountId;
    if (message === undefined || message.senderAccountId === me) return;
    this.received++;
    this.onEvent({ kind: 'received', handle: customer.spec.handle, message, attachments: phone.attachmentsOf(message.id), me });
    const fromBusiness = message.senderAccountId === customer.business && message.kind === 'text' && !message.deletedForEveryone;
    const hasBudget = options.messagesEach === undefined || customer.reserved < options.messagesEach;
    if (this.stopped || !fromBusiness || !hasBudget || options.random() >= (options.answerProbability ?? 0.6)) return;
    customer.reserved++;
    const delayMs = options.intervalMs * (0.1 + 0.3 * options.random());
    const text = pick(answers, options.random);
    this.inBackground(customer, async () => {
      if (await this.wait(delayMs)) await this.sendFrom(customer, text, { reserved: true });
    });
  }

  private async sendFrom(customer: Customer, text: string, options: { readonly reserved?: boolean } = {}): Promise<void> {
    if (this.stopped) return;
    if (options.reserved !== true) customer.reserved++;
    const { phone } = customer;
    const id = phone.engine.messaging.sendText(customer.business, text);
    this.sent++;
    await phone.engine.flushOutbox();
    const message = phone.engine.messaging.get(id);
    if (message !== undefined) {
      this.onEvent({ kind: 'sent', handle: customer.spec.handle, message, attachments: phone.attachmentsOf(id), me: phone.engine.account.accountId });
    }
  }

  /** Resolves true after `ms`, or false at once when the run stops. */
  private wait(ms: number): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    return new Promise((resolve) => {
      const end = (): void => {
        clearTimeout(timer);
        this.waits.delete(end);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.waits.delete(end);
        resolve(true);
      }, ms);
      this.waits.add(end);
    });
  }

  /** Deliberate fire-and-forget for answers: `run` awaits what is left, a failure is reported, never dropped. */
  private inBackground(customer: Customer, work: () => Promise<void>): void {
    const task = work().catch((error: unknown) => {
      this.onEvent({ kind: 'problem', handle: customer.spec.handle, error });
    });
    const tracked = task.finally(() => {
      this.background.delete(tracked);
    });
    this.background.add(tracked);
  }
}

function pick<T>(items: ReadonlyArray<T>, random: () => number): T {
  const item = items[Math.floor(random() * items.length)] ?? items[0];
  if (item === undefined) throw new RangeError('nothing to pick from');
  return item;
}

async function folderExists(dir: string): Promise<boolean> {
  try {
    return (await fs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** The customer's account from its folder, or a new one when the folder holds none. */
async function openOrRegister(spec: CustomerSpec, options: CustomerCrowdOptions): Promise<PrimaryDevice> {
  const phoneOptions = { dataDir: spec.dataDir, relayUrl: options.relayUrl, keyStore: options.keyStore };
  if (await folderExists(spec.dataDir)) {
    try {
      const phone = await PrimaryDevice.open(phoneOptions);
      options.onEvent({ kind: 'reused', handle: spec.handle });
      return phone;
    } catch (error) {
      // A folder left by a registration that did not finish: register now.
      if (!(error instanceof PhoneNotRegisteredError)) throw error;
    }
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const phone = await PrimaryDevice.register({ ...phoneOptions, handle: spec.handle });
      options.onEvent({ kind: 'registered', handle: spec.handle, profileName: spec.profileName });
      return phone;
    } catch (error) {
      if (error instanceof RelayHttpError && error.code === 'handle_taken') throw new CustomerHandleTakenError(spec.handle, spec.dataDir);
      if (!(error instanceof RelayHttpError && error.status === 429) || attempt === registrationAttempts) throw error;
      options.onEvent({ kind: 'registration-delayed', handle: spec.handle, waitMs: registrationRetryMs });
      await abortableDelay(registrationRetryMs, options.signal);
    }
  }
}

function abortableDelay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const stopped = (): void => {
      clearTimeout(timer);
      reject(new CustomersStoppedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stopped);
      resolve();
    }, ms);
    if (signal?.aborted === true) stopped();
    else signal?.addEventListener('abort', stopped, { once: true });
  });
}

/** Closes every phone even when one fails to; the first failure is thrown afterwards. */
async function closeAll(phones: ReadonlyArray<PrimaryDevice>): Promise<void> {
  const outcomes = await Promise.allSettled(phones.map((phone) => phone.close()));
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}
