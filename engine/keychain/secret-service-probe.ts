/**
 * Whether the Secret Service can answer, found out within a few seconds and before
 * keytar is first called. Without it, keytar (through libsecret and GLib) autolaunches a
 * D-Bus session that outlives Parley when there is no bus, and waits for an unlock or
 * "new keyring" prompt nobody can see when there is no display: the desktop sat on
 * "Opening…" for two minutes (issue 10, item 12).
 */
import type { KeychainUnavailableReason } from './errors';
import { BusError, SessionBusConnection, locateSessionBus } from './session-bus';
import type { BusValue } from './session-bus';

export type KeychainProbe =
  /** `mayPrompt`: the keychain may ask the user something first (unlock, create a keyring), so calls get longer. */
  | { readonly kind: 'ready'; readonly mayPrompt: boolean }
  | { readonly kind: 'unavailable'; readonly reason: KeychainUnavailableReason; readonly detail: string };

export interface ProbeOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  /** The whole probe's bound. */
  readonly timeoutMs?: number;
}

const secrets = 'org.freedesktop.secrets';
const defaultProbeTimeoutMs = 5_000;

/**
 * Asks the session bus whether a Secret Service is there (or can be started), then the
 * service whether it has an unlocked default keyring. Elsewhere than Linux the OS
 * keychain is always there and may prompt, so this answers "ready" at once.
 */
export async function probeSecretService(options: ProbeOptions = {}): Promise<KeychainProbe> {
  const env = options.env ?? process.env;
  if ((options.platform ?? process.platform) !== 'linux') return { kind: 'ready', mayPrompt: true };
  const location = locateSessionBus(env);
  if (location.kind === 'none') {
    return unavailable('no-bus', 'DBUS_SESSION_BUS_ADDRESS is not set and there is no $XDG_RUNTIME_DIR/bus');
  }
  // Only libdbus and GLib speak these transports: let keytar try, with the long bound.
  if (location.kind === 'unsupported') return { kind: 'ready', mayPrompt: true };

  const canPrompt = hasDisplay(env);
  const abort = new AbortController();
  const timeoutMs = options.timeoutMs ?? defaultProbeTimeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<KeychainProbe>((resolve) => {
    timer = setTimeout(() => {
      abort.abort();
      resolve(unavailable('timed-out', `the session bus or the Secret Service did not answer within ${String(timeoutMs)} ms`));
    }, timeoutMs);
  });
  const probe = async (): Promise<KeychainProbe> => {
    let connection: SessionBusConnection;
    try {
      connection = await SessionBusConnection.open(location.endpoints, abort.signal);
    } catch (error) {
      return unavailable('no-bus', `${location.source}: ${messageOf(error)}`);
    }
    try {
      return await askSecretService(connection, canPrompt);
    } finally {
      connection.close();
    }
  };
  try {
    return await Promise.race([probe(), deadline]);
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

async function askSecretService(bus: SessionBusConnection, canPrompt: boolean): Promise<KeychainProbe> {
  const daemon = { destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus' };
  const [running] = await bus.call({ ...daemon, member: 'NameHasOwner', args: [secrets] });
  if (running !== true) {
    const [activatable] = await bus.call({ ...daemon, member: 'ListActivatableNames' });
    if (!(Array.isArray(activatable) && activatable.includes(secrets))) {
      return unavailable('no-secret-service', `nothing on the session bus provides ${secrets}, and none can be started`);
    }
  }
  let collection: BusValue | undefined;
  try {
    // Starts the service if it is only activatable, as keytar's first call would.
    [collection] = await bus.call({
      destination: secrets,
      path: '/org/freedesktop/secrets',
      interface: 'org.freedesktop.Secret.Service',
      member: 'ReadAlias',
      args: ['default'],
    });
  } catch (error) {
    if (error instanceof BusError && /ServiceUnknown|NameHasNoOwner|Spawn/.test(error.errorName)) {
      return unavailable('no-secret-service', error.message);
    }
    // A service that answers differently (an older KWallet bridge): keytar may still work.
    return { kind: 'ready', mayPrompt: true };
  }
  if (typeof collection !== 'string' || collection === '/') {
    // No default keyring: the service would prompt for a password to create one.
    return canPrompt ? { kind: 'ready', mayPrompt: true } : unavailable('no-keyring', 'the Secret Service has no default keyring');
  }
  let locked: BusValue | undefined;
  try {
    [locked] = await bus.call({
      destination: secrets,
      path: collection,
      interface: 'org.freedesktop.DBus.Properties',
      member: 'Get',
      args: ['org.freedesktop.Secret.Collection', 'Locked'],
    });
  } catch {
    return { kind: 'ready', mayPrompt: true };
  }
  if (locked !== true) return { kind: 'ready', mayPrompt: false };
  return canPrompt ? { kind: 'ready', mayPrompt: true } : unavailable('locked', 'the default keyring is locked and there is no display to unlock it on');
}

/** An unlock or "new keyring" prompt needs somewhere to appear. */
function hasDisplay(env: NodeJS.ProcessEnv): boolean {
  return (env['DISPLAY'] ?? '') !== '' || (env['WAYLAND_DISPLAY'] ?? '') !== '';
}

function unavailable(reason: KeychainUnavailableReason, detail: string): KeychainProbe {
  return { kind: 'unavailable', reason, detail };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
