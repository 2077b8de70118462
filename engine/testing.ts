/**
 * What tests and benchmarks may look at beneath an engine's facade: its store and relay
 * client, to seed rows, count the outbox or read the relay's queue as a test would.
 * Lint allows this module in `tests/` and `bench/` only; the host and the phone CLI go
 * through the facade's services.
 */
import type { Engine } from './engine';
import type { EngineEvents } from './events';
import type { Emitter } from './kernel/emitter';
import type { RelayHttpClient } from './relay-client/http';
import type { Store } from './store';

interface Internals {
  readonly store: Store;
  readonly relay: RelayHttpClient;
  readonly events: Emitter<EngineEvents>;
}

const internals = new WeakMap<Engine, Internals>();

/** Called by the composition root for each engine it builds. */
export function recordInternals(engine: Engine, parts: Internals): void {
  internals.set(engine, parts);
}

function of(engine: Engine): Internals {
  const parts = internals.get(engine);
  if (parts === undefined) throw new Error('This engine was not built by createEngine().');
  return parts;
}

export function storeOf(engine: Engine): Store {
  return of(engine).store;
}

export function relayOf(engine: Engine): RelayHttpClient {
  return of(engine).relay;
}

/** Its event emitter, to play the engine's side of a contract (a storage failure) in a host test. */
export function eventsOf(engine: Engine): Emitter<EngineEvents> {
  return of(engine).events;
}
