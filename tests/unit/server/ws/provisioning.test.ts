import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { ProvisioningChannel } from '../../../../server/ws/provisioning';
import { ProvisioningHub } from '../../../../server/ws/provisioning';
import { ProvisioningAddress } from '../../../../shared/proto';
import { ProvisioningSocketPaths, RelayCloseCodes } from '../../../../shared/relay-api';

class FakeSocket implements ProvisioningChannel {
  readonly frames: Array<{ path: string; body: Uint8Array | undefined }> = [];
  closedWith: number | undefined;
  private readonly listeners: Array<(code: number) => void> = [];

  get isOpen(): boolean {
    return this.closedWith === undefined;
  }

  notify(_verb: string, path: string, body: Uint8Array | undefined, sent?: (error?: Error) => void): void {
    this.frames.push({ path, body });
    sent?.();
  }

  onClose(listener: (code: number) => void): () => void {
    this.listeners.push(listener);
    return () => undefined;
  }

  close(code: number): void {
    this.closedWith = code;
    for (const listener of this.listeners) listener(code);
  }

  whenClosed(): Promise<void> {
    return Promise.resolve();
  }
}

const hub = (idleMs = 60_000): ProvisioningHub => new ProvisioningHub({ idleMs, logger: pino({ level: 'silent' }) });

describe('ProvisioningHub', () => {
  it('sends the socket its address first', () => {
    const socket = new FakeSocket();
    const address = hub().attach(socket);
    expect(socket.frames[0]?.path).toBe(ProvisioningSocketPaths.address);
    expect(ProvisioningAddress.decode(socket.frames[0]?.body ?? new Uint8Array()).address).toBe(address);
  });

  it('forwards exactly one envelope, then closes the socket normally', async () => {
    const provisioning = hub();
    const socket = new FakeSocket();
    const address = provisioning.attach(socket);
    expect(await provisioning.deliver(address, new Uint8Array([9]))).toBe(true);
    expect(await provisioning.deliver(address, new Uint8Array([9]))).toBe(false);
    expect(socket.frames.map((frame) => frame.path)).toEqual([ProvisioningSocketPaths.address, ProvisioningSocketPaths.message]);
    expect(socket.closedWith).toBe(RelayCloseCodes.normal);
    expect(provisioning.size).toBe(0);
  });

  it('expires an idle address', async () => {
    const provisioning = hub(20);
    const socket = new FakeSocket();
    const address = provisioning.attach(socket);
    await expect.poll(() => socket.closedWith).toBe(RelayCloseCodes.provisioningExpired);
    expect(await provisioning.deliver(address, new Uint8Array([1]))).toBe(false);
  });

  it('forgets the address when the desktop goes away', async () => {
    const provisioning = hub();
    const socket = new FakeSocket();
    const address = provisioning.attach(socket);
    socket.close(1001);
    expect(provisioning.size).toBe(0);
    expect(await provisioning.deliver(address, new Uint8Array([1]))).toBe(false);
  });
});
