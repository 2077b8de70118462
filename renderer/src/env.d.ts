import type { ParleyApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** The only way the renderer reaches its host: the IPC contract in shared/ipc. */
    readonly parley: ParleyApi;
  }
}

export {};
