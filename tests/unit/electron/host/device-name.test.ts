import { describe, expect, it } from 'vitest';
import { defaultDeviceName, readDeviceNameFacts, shellVariable } from '../../../../electron/host/device-name';

describe('the default device name', () => {
  it('is the machine’s pretty name when it has one', () => {
    expect(defaultDeviceName({ platform: 'linux', prettyHostname: 'Ada’s ThinkPad', osName: 'Debian GNU/Linux', userName: 'ada' })).toBe('Ada’s ThinkPad');
  });

  it('names Parley, the system and the user otherwise, never the bare host name', () => {
    expect(defaultDeviceName({ platform: 'linux', prettyHostname: undefined, osName: 'Debian GNU/Linux', userName: 'ada' })).toBe('Parley on Debian GNU/Linux (ada)');
    expect(defaultDeviceName({ platform: 'darwin', prettyHostname: undefined, osName: undefined, userName: 'ada' })).toBe('Parley on macOS (ada)');
    expect(defaultDeviceName({ platform: 'win32', prettyHostname: '  ', osName: undefined, userName: undefined })).toBe('Parley on Windows');
    expect(defaultDeviceName({ platform: 'linux', prettyHostname: undefined, osName: undefined, userName: '' })).toBe('Parley on Linux');
  });

  it('fits the 50 characters the phone’s device list takes', () => {
    const name = defaultDeviceName({ platform: 'linux', prettyHostname: undefined, osName: 'A Very Long Distribution Name GNU/Linux', userName: 'someone-with-a-long-login' });
    expect(name.length).toBeLessThanOrEqual(50);
    expect(name.startsWith('Parley on A Very Long')).toBe(true);
  });

  it('reads quoted and plain values of os-release style files', () => {
    const text = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\nPRETTY_HOSTNAME=\'Living room PC\'\n';
    expect(shellVariable(text, 'NAME')).toBe('Debian GNU/Linux');
    expect(shellVariable(text, 'ID')).toBe('debian');
    expect(shellVariable(text, 'PRETTY_HOSTNAME')).toBe('Living room PC');
    expect(shellVariable(text, 'MISSING')).toBeUndefined();
    expect(shellVariable(undefined, 'NAME')).toBeUndefined();
  });

  it('on this machine, is something a person recognises and can still change', () => {
    const name = defaultDeviceName(readDeviceNameFacts());
    expect(name.trim().length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(50);
  });
});
