/**
 * Host side of the IPC contract, independent of transport (Electron ipcMain or the
 * browser host's WebSocket). Every call is validated against the service's schema
 * before it reaches an implementation; an invalid call gets a typed error instead.
 */
import type { z } from 'zod';
import type { IpcResponse } from './errors';
import { IpcError } from './errors';
import type { ServiceEmitter, ServiceHandler, ServiceSpec } from './service';
import { eventChannel, methodChannel } from './service';

interface Route {
  readonly args: z.ZodTuple;
  readonly result: z.ZodType;
  readonly handle: (...args: Array<unknown>) => unknown;
}

export type EventSink = (channel: string, payload: unknown) => void;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(arguments)'}: ${issue.message}`)
    .join('; ');
}

export class IpcRouter {
  private readonly routes = new Map<string, Route>();
  private readonly sinks = new Set<EventSink>();

  /** Every channel this router answers, for transports that must register each one (ipcMain). */
  get methodChannels(): ReadonlyArray<string> {
    return [...this.routes.keys()];
  }

  registerService<S extends ServiceSpec>(
    spec: S,
    createHandler: (emit: ServiceEmitter<S>) => ServiceHandler<S>,
  ): void {
    const emitter: Record<string, (payload: unknown) => void> = {};
    for (const [eventName, schema] of Object.entries<z.ZodType>(spec.events)) {
      const channel = eventChannel(spec.name, eventName);
      emitter[eventName] = (payload) => {
        // A host bug must not push malformed data into the renderer.
        const parsed = schema.parse(payload);
        for (const sink of this.sinks) sink(channel, parsed);
      };
    }
    const handler = createHandler(emitter as ServiceEmitter<S>) as Record<
      string,
      (...args: Array<unknown>) => unknown
    >;
    for (const [methodName, method] of Object.entries(spec.methods)) {
      const channel = methodChannel(spec.name, methodName);
      if (this.routes.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
      const implementation = handler[methodName];
      if (typeof implementation !== 'function') {
        throw new Error(`Service ${spec.name} has no implementation for ${methodName}`);
      }
      this.routes.set(channel, {
        args: method.args,
        result: method.result,
        handle: implementation.bind(handler),
      });
    }
  }

  /** Subscribe a transport to every pushed event. */
  addEventSink(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  async invoke(channel: unknown, rawArgs: unknown): Promise<IpcResponse> {
    const route = typeof channel === 'string' ? this.routes.get(channel) : undefined;
    if (route === undefined) {
      return fail(new IpcError('UNKNOWN_CHANNEL', `No such IPC method: ${String(channel)}`));
    }
    const parsedArgs = route.args.safeParse(rawArgs);
    if (!parsedArgs.success) {
      return fail(new IpcError('INVALID_ARGUMENT', describeIssues(parsedArgs.error)));
    }
    try {
      const value: unknown = await route.handle(...(parsedArgs.data as Array<unknown>));
      return { ok: true, value: route.result.parse(value) };
    } catch (error) {
      return fail(error);
    }
  }
}

function fail(error: unknown): IpcResponse {
  if (error instanceof IpcError) {
    return {
      ok: false,
      error: {
        code: error.code,
        message: error.message,
        ...(error.reason === undefined ? {} : { reason: error.reason }),
        ...(error.params === undefined ? {} : { params: error.params }),
      },
    };
  }
  // Unexpected failures are reported without internals; the host logs the detail.
  return { ok: false, error: { code: 'INTERNAL', message: 'The desktop host failed to complete the request.' } };
}
