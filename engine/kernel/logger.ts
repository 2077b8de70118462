/**
 * The engine's logger. Fields are codes, ids and names; never message content, keys or
 * whole error objects (libsignal and SQLite errors can carry key bytes in properties).
 * `redactingLogger` enforces that for every field, whatever a call site passes.
 */
export type LogFields = Readonly<Record<string, unknown>>;

export interface EngineLogger {
  debug(fields: LogFields, message: string): void;
  info(fields: LogFields, message: string): void;
  warn(fields: LogFields, message: string): void;
  error(fields: LogFields, message: string): void;
}

const secretKeys = /^(body|text|key|keys|password|token|ciphertext|plaintext|payload|content|profileKey|identityKey|avatar|avatarDataUrl|name|handle)$/i;
const maxDepth = 4;

/** What may be logged of a value: errors as name, code and message; bytes as their length; secrets named, never shown. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { name: value.name, message: value.message, ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}) };
  }
  if (value instanceof Uint8Array) return `[${String(value.length)} bytes]`;
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? '[function]' : value;
  if (depth >= maxDepth) return '[…]';
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) out[name] = secretKeys.test(name) ? '[redacted]' : redactValue(item, depth + 1);
  return out;
}

export function redactFields(fields: LogFields): LogFields {
  return redactValue(fields) as LogFields;
}

/** The sink the engine was given (a pino logger fits), behind redaction. */
export function redactingLogger(sink: Partial<EngineLogger> & Pick<EngineLogger, 'warn'>): EngineLogger {
  const at =
    (level: keyof EngineLogger) =>
    (fields: LogFields, message: string): void => {
      const write = sink[level] ?? (level === 'error' ? sink.warn : undefined);
      write?.call(sink, redactFields(fields), message);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: EngineLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Deliberate fire-and-forget: the work runs on, and if it fails that is logged as
 * `event`, never swallowed. The one place the engine lets a promise go unawaited.
 */
export function inBackground(logger: EngineLogger, event: string, work: Promise<unknown> | (() => Promise<unknown>), fields: LogFields = {}): void {
  let promise: Promise<unknown>;
  try {
    promise = typeof work === 'function' ? work() : work;
  } catch (error) {
    logger.warn({ ...fields, event, error }, 'background work failed');
    return;
  }
  promise.catch((error: unknown) => {
    logger.warn({ ...fields, event, error }, 'background work failed');
  });
}
