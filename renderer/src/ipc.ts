import { createContext, useContext } from 'react';
import type { ParleyApi } from '../../shared/ipc/contract';
import { createParleyApi } from '../../shared/ipc/bridge';

/** The typed API, built here from the host's plain transport, so refusals keep their reason and parameters. */
let hostApi: ParleyApi | undefined;

function host(): ParleyApi {
  hostApi ??= createParleyApi(window.parleyTransport);
  return hostApi;
}

/**
 * The API components use. Unset, it is the host's; a component test provides one built
 * over its own transport (tests/dom/).
 */
export const ApiContext = createContext<ParleyApi | undefined>(undefined);

export function useApi(): ParleyApi {
  return useContext(ApiContext) ?? host();
}
