/**
 * The shape of one IPC service, written once and shared by the host (which validates
 * and handles calls) and the renderer (which calls through the API `createParleyApi` builds).
 * Channel names are derived here and nowhere else.
 */
import type { z } from 'zod';

export type Disposer = () => void;

export interface MethodSpec {
  readonly args: z.ZodTuple;
  readonly result: z.ZodType;
}

/** Event names follow VS Code's convention: `onDid…` after the fact, `onWill…` before. */
export type EventName = `onDid${string}` | `onWill${string}`;

export interface ServiceSpec {
  readonly name: string;
  readonly methods: Readonly<Record<string, MethodSpec>>;
  readonly events: Readonly<Record<EventName, z.ZodType>>;
}

export function defineService<const S extends ServiceSpec>(spec: S): S {
  return spec;
}

type Methods<S extends ServiceSpec> = S['methods'];
type Events<S extends ServiceSpec> = S['events'];

/** What the renderer sees: promise-returning methods and event subscriptions that return a disposer. */
export type ServiceClient<S extends ServiceSpec> = {
  readonly [M in keyof Methods<S>]: (
    ...args: z.input<Methods<S>[M]['args']>
  ) => Promise<z.output<Methods<S>[M]['result']>>;
} & {
  readonly [E in keyof Events<S>]: (listener: (payload: z.output<Events<S>[E]>) => void) => Disposer;
};

/** What the host implements: arguments arrive already validated. */
export type ServiceHandler<S extends ServiceSpec> = {
  readonly [M in keyof Methods<S>]: (
    ...args: z.output<Methods<S>[M]['args']>
  ) => Promise<z.input<Methods<S>[M]['result']>> | z.input<Methods<S>[M]['result']>;
};

/** How the host pushes events: payloads are validated before they leave. */
export type ServiceEmitter<S extends ServiceSpec> = {
  readonly [E in keyof Events<S>]: (payload: z.input<Events<S>[E]>) => void;
};

export function methodChannel(service: string, method: string): string {
  return `parley:${service}.${method}`;
}

export function eventChannel(service: string, event: string): string {
  return `parley:${service}:${event}`;
}
