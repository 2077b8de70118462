/**
 * The name this desktop offers for the phone's device list before the user picks one
 * (issue 10, item 16): the machine's "pretty" name when it has one, else Parley, the
 * system and the user, never a bare host name like "vm" that nobody recognises. The
 * user changes it on the link screen before linking.
 */
import fs from 'node:fs';
import os from 'node:os';
import { deviceNameSchema } from '../../shared/ipc/link';

export interface DeviceNameFacts {
  readonly platform: NodeJS.Platform;
  /** `PRETTY_HOSTNAME` from /etc/machine-info (what the system settings call the device). */
  readonly prettyHostname: string | undefined;
  /** `NAME` from /etc/os-release ("Debian GNU/Linux"). */
  readonly osName: string | undefined;
  readonly userName: string | undefined;
}

export function defaultDeviceName(facts: DeviceNameFacts): string {
  const pretty = facts.prettyHostname?.trim();
  if (pretty !== undefined && pretty !== '') return clip(pretty);
  const system = facts.platform === 'darwin' ? 'macOS' : facts.platform === 'win32' ? 'Windows' : (facts.osName?.trim() ?? '') || 'Linux';
  const user = facts.userName?.trim() ?? '';
  return clip(user === '' ? `Parley on ${system}` : `Parley on ${system} (${user})`);
}

/** The facts of this machine; a file that cannot be read is simply not used. */
export function readDeviceNameFacts(): DeviceNameFacts {
  return {
    platform: process.platform,
    prettyHostname: process.platform === 'linux' ? shellVariable(readText('/etc/machine-info'), 'PRETTY_HOSTNAME') : undefined,
    osName: process.platform === 'linux' ? shellVariable(readText('/etc/os-release') ?? readText('/usr/lib/os-release'), 'NAME') : undefined,
    userName: userName(),
  };
}

/** One `KEY=value` (optionally quoted) of an os-release style file. */
export function shellVariable(text: string | undefined, key: string): string | undefined {
  if (text === undefined) return undefined;
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z_]+)=(.*)$/.exec(line);
    if (match?.[1] !== key) continue;
    const raw = (match[2] ?? '').trim();
    return raw.replace(/^(["'])(.*)\1$/, '$2').replace(/\\(["\\$`])/g, '$1');
  }
  return undefined;
}

function clip(name: string): string {
  const max = deviceNameSchema.maxLength ?? 50;
  return name.length <= max ? name : `${name.slice(0, max - 1)}…`;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function userName(): string | undefined {
  try {
    return os.userInfo().username;
  } catch {
    // No passwd entry (some containers): the name goes without it.
    return undefined;
  }
}
