import type { BridgeTransport } from '../../shared/ipc/bridge';

declare global {
  interface Window {
    /** The only way the renderer reaches its host (the preload's or the browser bridge's); see ipc.ts. */
    readonly parleyTransport: BridgeTransport;
  }
}

export {};
