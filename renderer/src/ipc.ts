import type { ParleyApi, ServiceName } from '../../shared/ipc/contract';

/** The renderer's single way to reach a host service. */
export function createClient<N extends ServiceName>(name: N): ParleyApi[N] {
  return window.parley[name];
}
