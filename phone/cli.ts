/**
 * `npm run phone -- <command>`: the reference primary device for people and demos.
 *
 *   register <handle>            create an account with this phone as its primary device
 *                                (--business "Acme Support": a business, this phone its owner)
 *   send <handle> <text…>        send an end-to-end-encrypted message
 *   inbox                        fetch and show recent conversations
 *   chat <handle>                interactive chat: type lines to send, see replies live
 *   contacts                     the accounts this phone knows
 *   devices                      this account's devices, with last-seen times
 *   unlink <id>                  remove a linked device
 *   link <url | qr.png>          link the desktop showing this code (URL or a PNG of its QR);
 *                                a business links an agent: --agent "Agent A" --role admin|agent
 *   typing <handle> [--stop]     show (or stop showing) "typing…" in their chat
 *   read <handle>                mark their messages read here and send read receipts
 *   send-file <handle> <path>    send a file as an encrypted attachment (--caption, --voice)
 *   save-attachments <dir>       download received attachments, decrypted, into dir
 *   reply <handle> <text…>       reply to the message containing --to <text>
 *   react <handle> <emoji>       react to the message containing --to <text> (--remove)
 *   edit <handle> <text…>        replace the text of your message containing --to <text>
 *   delete <handle>              delete your message containing --to <text>, for everyone
 *   safety-number <handle>       show the safety number (--qr out.png writes its QR code)
 *   verify <handle> <digits…>    compare their safety number and mark them verified
 *   profile <name>               set the profile name contacts see
 *   reset-identity               as after a reinstall: new identity key, linked devices removed
 *   customers <business> --count N
 *                                play N customers writing to the business (folders under
 *                                <data>/customers/, reused on the next run); some customer follows
 *                                up about every --interval SECONDS (default 20), some answer its
 *                                replies; --messages M each (default: until Ctrl-C), --prefix NAME
 *                                (handles NAME-1 …, default <business>-customer), --seed S (the
 *                                same random choices)
 *
 * Options: --relay <url> (default http://127.0.0.1:47800), --data <dir> (default
 * ~/.local/share/parley-phone). The database key lives in the OS keychain, one entry
 * per data folder; without a desktop keyring, run the commands inside one
 * `scripts/keyring-session.sh` session.
 */
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { KeychainUnavailableError, KeytarKeyStore } from '../engine/keychain';
import { DatabaseKeyMissingError } from '../engine/store';
import type { Message } from '../engine/store';
import { HandleInputSchema, HandleSchema } from '../shared/relay-api';
import { CustomerCrowd, defaultCustomerPrefix, maxCustomers, seededRandom } from './customers';
import type { CustomerEvent } from './customers';
import { formatCustomerEvent, formatMessageLine } from './format';
import { resolveLinkTarget } from './link-target';
import { PrimaryDevice } from './primary-device';
import { describeFailure } from './errors';

const usage = `usage: parley-phone [--relay URL] [--data DIR] <command>
  register [--business NAME] <handle> | send <handle> <text…> | inbox | chat <handle> | contacts | devices | unlink <id>
  link 'parley://link?uuid=…&pub_key=…' | link <qr.png> [--agent NAME --role admin|agent] | typing <handle> [--stop] | read <handle>
  send-file <handle> <path> [--caption T] [--voice] | save-attachments <dir>
  reply|edit <handle> --to <text> <text…> | react <handle> --to <text> <emoji> [--remove] | delete <handle> --to <text>
  safety-number <handle> [--qr out.png] | verify <handle> <digits…> | profile <name> | reset-identity
  customers <business-handle> --count N [--interval SECONDS] [--messages M] [--prefix NAME] [--seed S]`;

/** `--agent NAME --role admin|agent`, both or neither. */
function agentSeat(agent: string | undefined, role: string | undefined): { readonly name: string; readonly role: 'admin' | 'agent' } | undefined {
  if (agent === undefined && role === undefined) return undefined;
  const name = agent?.trim() ?? '';
  if (name === '' || (role !== 'admin' && role !== 'agent')) throw new Error('An agent desktop needs --agent "Name" and --role admin or --role agent.');
  return { name, role };
}

async function main(argv: Array<string>): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      relay: { type: 'string', default: process.env['PARLEY_RELAY_URL'] ?? 'http://127.0.0.1:47800' },
      data: { type: 'string', default: process.env['PARLEY_PHONE_DIR'] ?? path.join(os.homedir(), '.local', 'share', 'parley-phone') },
      help: { type: 'boolean', short: 'h', default: false },
      to: { type: 'string' },
      caption: { type: 'string' },
      voice: { type: 'boolean', default: false },
      remove: { type: 'boolean', default: false },
      qr: { type: 'string' },
      stop: { type: 'boolean', default: false },
      business: { type: 'string' },
      agent: { type: 'string' },
      role: { type: 'string' },
      count: { type: 'string' },
      interval: { type: 'string' },
      messages: { type: 'string' },
      prefix: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(`${usage}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  // Checked before anything opens: a mistyped argument costs nothing and says what to fix.
  const linkTarget = command === 'link' ? await resolveLinkTarget(rest[0]) : undefined;
  const options = { dataDir: path.resolve(values.data), relayUrl: values.relay, keyStore: new KeytarKeyStore() };

  if (command === 'register') {
    const handle = rest[0];
    if (handle === undefined) throw new Error('register needs a handle, e.g. `register alice`.');
    const business = values.business?.trim();
    if (business === '') throw new Error('--business needs the business name, e.g. `register --business "Acme Support" acme`.');
    const phone = await PrimaryDevice.register({ ...options, handle, ...(business === undefined ? {} : { business }) });
    process.stdout.write(
      business === undefined
        ? `Registered ${handle} (account ${phone.engine.account.accountId}).\n`
        : `Registered the business ${business} as ${handle} (account ${phone.engine.account.accountId}); this phone is its owner and keeps the business root key.\n`,
    );
    await phone.close();
    return 0;
  }

  if (command === 'customers') return playCustomers(rest[0], values, options);

  const phone = await PrimaryDevice.open(options);
  try {
    await phone.connect();
    const me = phone.engine.account.accountId;
    const line = (message: Message): string => formatMessageLine(message, phone.attachmentsOf(message.id), me);
    switch (command) {
      case 'send': {
        const [handle, ...words] = rest;
        if (handle === undefined || words.length === 0) throw new Error('send needs a handle and a message.');
        await phone.send(handle, words.join(' '));
        process.stdout.write(`Sent to ${handle}.\n`);
        return 0;
      }
      case 'inbox': {
        const conversations = phone.inbox();
        if (conversations.length === 0) process.stdout.write('No conversations yet.\n');
        for (const conversation of conversations) {
          process.stdout.write(`${conversation.handle}\n${conversation.messages.map(line).join('\n')}\n`);
        }
        return 0;
      }
      case 'contacts': {
        for (const contact of phone.contacts()) process.stdout.write(`${contact.handle ?? '(no handle)'}  ${contact.accountId}\n`);
        return 0;
      }
      case 'devices': {
        for (const device of await phone.devices()) {
          const seen = new Date(device.lastSeen).toISOString().slice(0, 10);
          process.stdout.write(`${String(device.id).padStart(3)}  ${device.name}${device.primary ? ' (primary)' : ''}  last seen ${seen}\n`);
        }
        return 0;
      }
      case 'unlink': {
        const id = Number(rest[0]);
        if (!Number.isInteger(id)) throw new Error('unlink needs a device id (see `devices`).');
        await phone.unlink(id);
        process.stdout.write(`Unlinked device ${String(id)}.\n`);
        return 0;
      }
      case 'link': {
        if (linkTarget === undefined) throw new Error('link needs the parley://link URL or a PNG of the QR code.');
        process.stdout.write(
          linkTarget.kind === 'image' ? `Read the linking code in ${linkTarget.source}.\n` : 'The link is a valid Parley linking code.\n',
        );
        const seat = agentSeat(values.agent, values.role);
        process.stdout.write('Sending this account to the desktop, with your recent history…\n');
        const { device, media, seat: granted } = await phone.link(linkTarget.url, seat === undefined ? {} : { seat, waitMs: 60_000 });
        if (device === undefined) {
          process.stdout.write('The desktop has not joined yet. Check it for an error, then run `devices`.\n');
          return 1;
        }
        process.stdout.write(`Linked “${device.name}” as device ${String(device.id)}. If you do not recognise that name, run \`unlink ${String(device.id)}\`.\n`);
        if (seat !== undefined) {
          process.stdout.write(
            granted === undefined
              ? `${seat.name} has no seat yet: the desktop has not asked for it. It gets one when it does, the next time this phone runs.\n`
              : `${granted.name} has a seat as ${granted.role}.\n`,
          );
        }
        if (media.problem !== undefined) {
          process.stdout.write('Recent photos and files could not be sent to it: they show there as “not on this device”.\n');
        } else if (media.sent + media.failed > 0) {
          process.stdout.write(
            `Sent ${String(media.sent)} recent photo(s) and file(s) to it${media.failed === 0 ? '' : `; ${String(media.failed)} could not be sent and show there as “not on this device”`}.\n`,
          );
        }
        return 0;
      }
      case 'typing': {
        const handle = rest[0];
        if (handle === undefined) throw new Error('typing needs a handle (add --stop to stop).');
        await phone.typing(handle, !values.stop);
        process.stdout.write(values.stop ? `Stopped typing to ${handle}.\n` : `${handle} sees you typing (it ends by itself after a few seconds, or with --stop).\n`);
        return 0;
      }
      case 'read': {
        const handle = rest[0];
        if (handle === undefined) throw new Error('read needs a handle.');
        const count = await phone.markRead(handle);
        process.stdout.write(count === 0 ? `Nothing unread from ${handle}.\n` : `Marked ${String(count)} message(s) from ${handle} read and sent read receipts.\n`);
        return 0;
      }
      case 'chat': {
        const handle = rest[0];
        if (handle === undefined) throw new Error('chat needs a handle.');
        const peer = await phone.engine.contacts.resolveHandle(handle);
        const conversation = phone.engine.conversations.openDirect(peer);
        for (const message of phone.engine.messaging.list(conversation.id, 20)) process.stdout.write(`${line(message)}\n`);
        phone.engine.on('received', (event) => {
          if (event.kind !== 'message') return;
          const message = phone.engine.messaging.get(event.messageId);
          if (message?.conversationId === conversation.id && message.senderAccountId !== me) process.stdout.write(`${line(message)}\n`);
        });
        const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
        process.stdout.write(`Chatting with ${handle}. Type a message and press Enter; Ctrl+D to leave.\n`);
        for await (const text of prompt) {
          if (text.trim() !== '') phone.engine.messaging.sendText(peer, text);
        }
        await phone.engine.flushOutbox();
        return 0;
      }
      case 'send-file': {
        const [handle, file] = rest;
        if (handle === undefined || file === undefined) throw new Error('send-file needs a handle and a file path.');
        await phone.sendFile(handle, file, { ...(values.caption === undefined ? {} : { caption: values.caption }), voiceNote: values.voice });
        process.stdout.write(`Sent ${path.basename(file)} to ${handle}.\n`);
        return 0;
      }
      case 'save-attachments': {
        const dir = rest[0];
        if (dir === undefined) throw new Error('save-attachments needs a folder.');
        for (const written of await phone.saveAttachments(path.resolve(dir))) process.stdout.write(`${written}\n`);
        return 0;
      }
      case 'reply':
      case 'react':
      case 'edit':
      case 'delete': {
        const [handle, ...words] = rest;
        if (handle === undefined || values.to === undefined) throw new Error(`${command} needs a handle and --to <text of the message>.`);
        const target = phone.findMessage(handle, values.to);
        const text = words.join(' ');
        if (command === 'reply') {
          if (text === '') throw new Error('reply needs the text to send.');
          phone.engine.messaging.send(target.conversationId, { body: text, quoteMessageId: target.id });
        } else if (command === 'react') {
          if (text === '' && !values.remove) throw new Error('react needs an emoji (or --remove).');
          phone.engine.messaging.react(target.id, values.remove ? null : text);
        } else if (command === 'edit') {
          if (text === '') throw new Error('edit needs the new text.');
          phone.engine.messaging.editMessage(target.id, text);
        } else {
          phone.engine.messaging.deleteForEveryone(target.id);
        }
        await phone.engine.flushOutbox();
        process.stdout.write(`Done: ${command} on “${(target.body ?? '').slice(0, 40)}”.\n`);
        return 0;
      }
      case 'safety-number': {
        const handle = rest[0];
        if (handle === undefined) throw new Error('safety-number needs a handle.');
        const safety = phone.engine.safety.safetyNumber(await phone.engine.contacts.resolveHandle(handle));
        const groups = safety.digits.match(/\d{5}/g) ?? [];
        process.stdout.write(`${groups.slice(0, 6).join(' ')}\n${groups.slice(6).join(' ')}\n${safety.verified === 'verified' ? 'Verified.' : 'Not verified.'}\n`);
        if (values.qr !== undefined) {
          await QRCode.toFile(values.qr, safety.qrPayload, { type: 'png', margin: 4, scale: 8 });
          process.stdout.write(`QR code written to ${values.qr}.\n`);
        }
        return 0;
      }
      case 'verify': {
        const [handle, ...digits] = rest;
        if (handle === undefined || digits.length === 0) throw new Error('verify needs a handle and the 60 digits they see.');
        const peer = await phone.engine.contacts.resolveHandle(handle);
        if (!phone.engine.safety.compare(peer, { kind: 'digits', digits: digits.join('') })) {
          process.stdout.write('The safety numbers do not match. Do not mark this contact verified.\n');
          return 1;
        }
        phone.engine.safety.setVerified(peer, true);
        await phone.engine.flushOutbox();
        process.stdout.write(`The safety numbers match. ${handle} is now verified.\n`);
        return 0;
      }
      case 'profile': {
        const name = rest.join(' ').trim();
        phone.engine.profile.update({ name, avatarDataUrl: phone.engine.profile.get().avatarDataUrl });
        await phone.engine.flushOutbox();
        process.stdout.write(name === '' ? 'Profile name cleared.\n' : `Profile name is now “${name}”.\n`);
        return 0;
      }
      case 'reset-identity': {
        await phone.resetIdentity();
        process.stdout.write('This account has a new identity key. Contacts will see a safety number change; linked devices were removed.\n');
        return 0;
      }
      default:
        process.stderr.write(`Unknown command “${command}”.\n${usage}\n`);
        return 2;
    }
  } finally {
    await phone.close();
  }
}

/** A whole number in [1, max] from `--name`, or a message saying what it must be. */
function countOption(value: string | undefined, name: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) throw new Error(`--${name} must be a whole number from 1 to ${String(max)}.`);
  return parsed;
}

/** `customers <business-handle> --count N …`: runs until each sent --messages, or until Ctrl-C. */
async function playCustomers(
  business: string | undefined,
  values: { readonly count?: string; readonly interval?: string; readonly messages?: string; readonly prefix?: string; readonly seed?: string },
  options: { readonly dataDir: string; readonly relayUrl: string; readonly keyStore: KeytarKeyStore },
): Promise<number> {
  const businessHandle = HandleInputSchema.safeParse(business ?? '');
  if (!businessHandle.success) throw new Error('customers needs the business’s handle, e.g. `customers acme --count 5`.');
  const count = countOption(values.count, 'count', maxCustomers);
  if (count === undefined) throw new Error('customers needs --count N, how many customers to play.');
  const messagesEach = countOption(values.messages, 'messages', 1_000_000);
  const intervalSeconds = values.interval === undefined ? 20 : Number(values.interval);
  if (!Number.isFinite(intervalSeconds) || intervalSeconds < 0.05 || intervalSeconds > 86_400) throw new Error('--interval must be a number of seconds from 0.05 to 86400.');
  const prefix = values.prefix ?? defaultCustomerPrefix(businessHandle.data);
  // The longest handle is the last one: if it is valid, all are.
  if (!HandleSchema.safeParse(`${prefix}-${String(count)}`).success) {
    throw new Error(`--prefix must make handles like ${prefix}-1 of 3–64 lowercase letters, digits and _ . + -.`);
  }

  const stop = new AbortController();
  const onSignal = (): void => {
    // A second Ctrl-C does not wait for the engines.
    if (stop.signal.aborted) process.exit(130);
    process.stdout.write('Stopping: closing every customer…\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const width = `${prefix}-${String(count)}`.length;
    const onEvent = (event: CustomerEvent): void => {
      if (event.kind === 'problem') process.stderr.write(`${event.handle.padEnd(width)} ${describeFailure(event.error)}\n`);
      else process.stdout.write(`${formatCustomerEvent(event, width)}\n`);
    };
    const crowd = await CustomerCrowd.open({ ...options, businessHandle: businessHandle.data, count, prefix, onEvent, signal: stop.signal });
    try {
      process.stdout.write(
        `Playing ${String(count)} customer(s) of ${businessHandle.data}: a follow-up about every ${String(intervalSeconds)} s, ` +
          `${messagesEach === undefined ? 'until Ctrl-C' : `${String(messagesEach)} message(s) each`}.\n`,
      );
      const summary = await crowd.run({
        intervalMs: intervalSeconds * 1000,
        ...(messagesEach === undefined ? {} : { messagesEach }),
        random: values.seed === undefined ? Math.random : seededRandom(values.seed),
        signal: stop.signal,
      });
      process.stdout.write(
        `${summary.stopped ? 'Stopped' : 'Done'}: ${String(summary.sent)} message(s) sent, ${String(summary.received)} received. Closing every customer.\n`,
      );
    } finally {
      await crowd.close();
    }
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** What to do when the key cannot be had: the CLI is where its user reads it. */
function keychainAdvice(error: unknown): string | undefined {
  const keepOneKeyring =
    'Each `scripts/with-keyring.sh` command is a new, empty keyring. To keep one across commands, run them after\n' +
    '  eval "$(scripts/keyring-session.sh start)"\n(see README, "The parts on their own").';
  if (error instanceof DatabaseKeyMissingError) return `This phone's key is not in this keychain. ${keepOneKeyring}`;
  if (!(error instanceof KeychainUnavailableError)) return undefined;
  switch (error.reason) {
    case 'no-bus':
    case 'no-secret-service':
    case 'no-keyring':
      return `No usable system keychain here (${error.reason}). ${keepOneKeyring}`;
    case 'locked':
      return 'The system keyring is locked: unlock it and run the command again.';
    case 'timed-out':
      return 'The system keychain did not answer: if it is asking for a password, answer it and run the command again.';
    case 'module':
      return 'The keytar module could not be loaded: run `npm run setup`.';
    case 'service-error':
      return 'The system keychain refused to store or read the key.';
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`parley-phone: ${describeFailure(error)}\n`);
    const advice = keychainAdvice(error);
    if (advice !== undefined) process.stderr.write(`${advice}\n`);
    process.exitCode = 1;
  },
);
