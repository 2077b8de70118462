/**
 * An error named after its class (`error.name` is what logs and redacted reports show),
 * so an error class says only what it adds: its code, its fields, its words. For Node
 * code (engine, host, relay, phone), which no build minifies; an error the renderer's
 * bundle carries (`IpcError`) names itself, as minifying renames classes.
 */
export class NamedError extends Error {
  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}
