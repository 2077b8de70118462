/** What any `ProvisioningRouter` must do (in process, or routed between machines); run by each implementation's test file. */
import { describe, expect, it } from 'vitest';
import type { ProvisioningChannel, ProvisioningRouter } from '../../../server/ws/provisioning';
import { ProvisioningAddress } from '../../../shared/proto';
import { ProvisioningSocketPaths, RelayCloseCodes } from '../../../shared/relay-api';

/** A provisioning socket as the router sees it: the frames it was sent, and how it was closed. */
export class FakeProvisioningSocket implements ProvisioningChannel {
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

/** A fresh router whose addresses expire after `idleMs`. */
export type OpenProvisioningRouter = (idleMs: number) => ProvisioningRouter;

export function provisioningRouterContract(name: string, open: OpenProvisioningRouter): void {
  describe(`${name}: ProvisioningRouter`, () => {
    it('sends the socket its address first, and a new one each time', () => {
      const router = open(60_000);
      const socket = new FakeProvisioningSocket();
      const address = router.attach(socket);
      expect(socket.frames[0]?.path).toBe(ProvisioningSocketPaths.address);
      expect(ProvisioningAddress.decode(socket.frames[0]?.body ?? new Uint8Array()).address).toBe(address);
      expect(router.attach(new FakeProvisioningSocket())).not.toBe(address);
    });

    it('forwards exactly one envelope, then closes the socket normally', async () => {
      const router = open(60_000);
      const socket = new FakeProvisioningSocket();
      const address = router.attach(socket);
      expect(await router.deliver(address, new Uint8Array([9]))).toBe(true);
      expect(await router.deliver(address, new Uint8Array([9]))).toBe(false);
      expect(socket.frames.map((frame) => frame.path)).toEqual([ProvisioningSocketPaths.address, ProvisioningSocketPaths.message]);
      expect(Buffer.from(socket.frames[1]?.body ?? [])).toEqual(Buffer.from([9]));
      expect(socket.closedWith).toBe(RelayCloseCodes.normal);
      expect(router.size).toBe(0);
    });

    it('refuses an address it never gave out', async () => {
      expect(await open(60_000).deliver('not-an-address', new Uint8Array([1]))).toBe(false);
    });

    it('expires an idle address', async () => {
      const router = open(20);
      const socket = new FakeProvisioningSocket();
      const address = router.attach(socket);
      await expect.poll(() => socket.closedWith).toBe(RelayCloseCodes.provisioningExpired);
      expect(await router.deliver(address, new Uint8Array([1]))).toBe(false);
    });

    it('forgets the address when the desktop goes away', async () => {
      const router = open(60_000);
      const socket = new FakeProvisioningSocket();
      const address = router.attach(socket);
      socket.close(1001);
      expect(router.size).toBe(0);
      expect(await router.deliver(address, new Uint8Array([1]))).toBe(false);
    });

    it('closes every waiting socket on shutdown', async () => {
      const router = open(60_000);
      const sockets = [new FakeProvisioningSocket(), new FakeProvisioningSocket()];
      for (const socket of sockets) router.attach(socket);
      await router.closeAll(RelayCloseCodes.goingAway, 'bye');
      expect(sockets.map((socket) => socket.closedWith)).toEqual([RelayCloseCodes.goingAway, RelayCloseCodes.goingAway]);
      expect(router.size).toBe(0);
    });
  });
}
