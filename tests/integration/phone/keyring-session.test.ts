/**
 * The README's CLI sequence on a machine without a desktop keyring: inside one
 * `scripts/keyring-session.sh` session, each phone CLI command (a process of its own)
 * opens what the one before it created, against a real relay; with a new
 * `scripts/with-keyring.sh` keyring per command, the second one cannot. `stop` ends
 * every process of the session and removes its files, and no database key or keyring
 * password is in them in plaintext.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { phoneProfileIdFor } from '../../../phone/primary-device';
import { startRelay } from '../../../server/relay';
import type { Relay } from '../../../server/relay';

const root = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

let dir: string;
let relay: Relay;
let session: NodeJS.ProcessEnv | undefined;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-keyring-session-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
});
afterEach(async () => {
  if (session !== undefined) await run(path.join(root, 'scripts/keyring-session.sh'), ['stop'], { env: session });
  session = undefined;
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/** `eval "$(scripts/keyring-session.sh start)"`, as a shell would, from a shell without any D-Bus session. */
async function startSession(): Promise<NodeJS.ProcessEnv> {
  const base: NodeJS.ProcessEnv = { ...process.env };
  Reflect.deleteProperty(base, 'DBUS_SESSION_BUS_ADDRESS');
  const { stdout } = await run(path.join(root, 'scripts/keyring-session.sh'), ['start'], { env: base });
  const env = { ...base };
  for (const line of stdout.split('\n')) {
    const match = /^export ([A-Z_]+)='(.*)'$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) env[match[1]] = match[2];
  }
  return env;
}

/** One `npm run phone -- …` command: its own process, its own keychain connection. */
async function phone(env: NodeJS.ProcessEnv, handle: string, ...args: Array<string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const command = ['--import', 'tsx', path.join(root, 'phone/cli.ts'), '--relay', relay.url, '--data', path.join(dir, handle), ...args];
  try {
    const { stdout, stderr } = await run(process.execPath, command, { env, cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

async function alive(pid: number): Promise<boolean> {
  try {
    const stat = await fs.readFile(`/proc/${String(pid)}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

describe('one keyring session for a sequence of CLI commands', () => {
  it('lets each command open the database the one before created, and leaves nothing when stopped', async () => {
    session = await startSession();
    const folder = session['PARLEY_KEYRING_SESSION'] ?? '';
    expect(folder).toMatch(/parley-keyring-session\./);

    expect(await phone(session, 'alice', 'register', 'alice')).toMatchObject({ code: 0 });
    expect(await phone(session, 'bob', 'register', 'bob')).toMatchObject({ code: 0 });
    expect(await phone(session, 'alice', 'send', 'bob', 'hello')).toMatchObject({ code: 0, stdout: 'Sent to bob.\n' });
    const inbox = await phone(session, 'bob', 'inbox');
    expect(inbox.code).toBe(0);
    expect(inbox.stdout).toContain('alice');
    expect(inbox.stdout).toContain('them: hello');

    // The keyring's files are encrypted: neither key is in them as it is used.
    const { stdout: secrets } = await run(
      process.execPath,
      [
        '-e',
        "const k=require('keytar');Promise.all(process.argv.slice(1).map(a=>k.getPassword('Parley',a))).then(v=>console.log(JSON.stringify(v)))",
        ...(await fs.readdir(dir)).filter((name) => name === 'alice' || name === 'bob').map((name) => `database-key:${phoneProfileIdFor(path.join(dir, name))}`),
      ],
      { env: session, cwd: root },
    );
    const keys = JSON.parse(secrets) as Array<string | null>;
    expect(keys.every((key) => typeof key === 'string')).toBe(true);
    for (const file of await filesUnder(folder)) {
      const bytes = await fs.readFile(file);
      for (const key of keys) expect(bytes.includes(Buffer.from(key ?? '')), `${file} holds a database key`).toBe(false);
    }

    const pids = await Promise.all(['dbus.pid', 'keyring.pid'].map(async (name) => Number(await fs.readFile(path.join(folder, name), 'utf8'))));
    await run(path.join(root, 'scripts/keyring-session.sh'), ['stop'], { env: session });
    session = undefined;
    for (const pid of pids) expect(await alive(pid), `process ${String(pid)} of the session`).toBe(false);
    await expect(fs.stat(folder)).rejects.toThrow(/ENOENT/);
  });

  it('(control) a new with-keyring.sh keyring per command cannot open the first command’s database', async () => {
    const base: NodeJS.ProcessEnv = { ...process.env };
    Reflect.deleteProperty(base, 'DBUS_SESSION_BUS_ADDRESS');
    const wrapped = (...args: Array<string>): Promise<{ code: number; stdout: string; stderr: string }> =>
      run(path.join(root, 'scripts/with-keyring.sh'), [process.execPath, '--import', 'tsx', path.join(root, 'phone/cli.ts'), '--relay', relay.url, '--data', path.join(dir, 'carol'), ...args], {
        env: base,
        cwd: root,
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: unknown) => {
          const failed = error as { code?: number; stdout?: string; stderr?: string };
          return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
        },
      );
    expect((await wrapped('register', 'carol')).code).toBe(0);
    const second = await wrapped('devices');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('keyring-session.sh start');
  });
});

async function filesUnder(folder: string): Promise<Array<string>> {
  const found: Array<string> = [];
  for (const entry of await fs.readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(path.join(entry.parentPath, entry.name));
  }
  return found;
}
