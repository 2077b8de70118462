/**
 * `npm run phone -- <command>`: the reference primary device for people and demos.
 *
 *   register <handle>            create an account with this phone as its primary device
 *   send <handle> <text…>        send an end-to-end-encrypted message
 *   inbox                        fetch and show recent conversations
 *   chat <handle>                interactive chat: type lines to send, see replies live
 *   contacts                     the accounts this phone knows
 *   devices                      this account's devices, with last-seen times
 *   unlink <id>                  remove a linked device
 *   link <url | qr.png>          link the desktop showing this code (URL or a PNG of its QR)
 *
 * Options: --relay <url> (default http://127.0.0.1:47800), --data <dir> (default
 * ~/.local/share/parley-phone). The database key lives in the OS keychain.
 */
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { KeytarKeyStore, loadKeytar } from '../shared/node/keychain';
import type { Message } from '../shared/node/store';
import { PrimaryDevice } from './primary-device';

const usage = `usage: parley-phone [--relay URL] [--data DIR] <command>
  register <handle> | send <handle> <text…> | inbox | chat <handle> | contacts | devices | unlink <id> | link <url|qr.png>`;

function line(message: Message, myAccountId: string): string {
  const who = message.senderAccountId === myAccountId ? 'me' : 'them';
  const when = new Date(message.sentAt).toISOString().replace('T', ' ').slice(0, 19);
  const body = message.kind === 'text' ? (message.body ?? '') : `⚠ ${message.errorText ?? message.kind}`;
  const ticks = who === 'me' ? ` [${message.status}]` : '';
  return `  ${when} ${who}: ${body}${ticks}`;
}

async function main(argv: Array<string>): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      relay: { type: 'string', default: process.env['PARLEY_RELAY_URL'] ?? 'http://127.0.0.1:47800' },
      data: { type: 'string', default: process.env['PARLEY_PHONE_DIR'] ?? path.join(os.homedir(), '.local', 'share', 'parley-phone') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(`${usage}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const options = { dataDir: path.resolve(values.data), relayUrl: values.relay, keyStore: new KeytarKeyStore({ keytar: loadKeytar() }) };

  if (command === 'register') {
    const handle = rest[0];
    if (handle === undefined) throw new Error('register needs a handle, e.g. `register alice`.');
    const phone = await PrimaryDevice.register({ ...options, handle });
    process.stdout.write(`Registered ${handle} (account ${phone.engine.account.accountId}).\n`);
    await phone.close();
    return 0;
  }

  const phone = await PrimaryDevice.open(options);
  try {
    await phone.connect();
    const me = phone.engine.account.accountId;
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
          process.stdout.write(`${conversation.handle}\n${conversation.messages.map((message) => line(message, me)).join('\n')}\n`);
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
        const target = rest[0];
        if (target === undefined) throw new Error('link needs the parley://link URL or a PNG of the QR code.');
        process.stdout.write('Sending this account to the desktop, with your recent history…\n');
        const joined = await phone.link(target);
        if (joined === undefined) {
          process.stdout.write('The desktop has not joined yet. Check it for an error, then run `devices`.\n');
          return 1;
        }
        process.stdout.write(`Linked “${joined.name}” as device ${String(joined.id)}. If you do not recognise that name, run \`unlink ${String(joined.id)}\`.\n`);
        return 0;
      }
      case 'chat': {
        const handle = rest[0];
        if (handle === undefined) throw new Error('chat needs a handle.');
        const peer = await phone.engine.resolveHandle(handle);
        const conversation = phone.engine.store.getOrCreateDirectConversation(peer);
        for (const message of phone.engine.listMessages(conversation.id, 20)) process.stdout.write(`${line(message, me)}\n`);
        phone.engine.on('received', (event) => {
          if (event.kind !== 'message') return;
          const message = phone.engine.store.getMessage(event.messageId);
          if (message?.conversationId === conversation.id && message.senderAccountId !== me) process.stdout.write(`${line(message, me)}\n`);
        });
        const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
        process.stdout.write(`Chatting with ${handle}. Type a message and press Enter; Ctrl+D to leave.\n`);
        for await (const text of prompt) {
          if (text.trim() !== '') phone.engine.sendText(peer, text);
        }
        await phone.engine.flushOutbox();
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`parley-phone: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
