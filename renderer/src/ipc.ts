import type { ParleyApi, ServiceName } from '../../shared/ipc/contract';
import { createParleyApi } from '../../shared/ipc/bridge';

/** The typed API, built here from the host's plain transport, so refusals keep their reason and parameters. */
let api: ParleyApi | undefined;

/** The renderer's single way to reach a host service. */
export function createClient<N extends ServiceName>(name: N): ParleyApi[N] {
  api ??= createParleyApi(window.parleyTransport);
  return api[name];
}
