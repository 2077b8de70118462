/**
 * The desktop host as a process of its own (DESIGN.md "off the UI thread"): under
 * Electron it runs in a `utilityProcess`, so SQLite, libsignal and a 20,000-message
 * history import never run on the thread that drives the windows. Main starts it with
 * the paths it knows, hands it one MessagePort per window (the window holds the other
 * end), and answers the few questions only main can (the save dialog, the system's file
 * opener). Everything here is plain Node and runs in tests over worker_threads ports;
 * only `utility-entry.ts` adapts Electron's `process.parentPort`.
 */
import path from 'node:path';
import { serveFrames } from '../../shared/ipc/frames';
import type { HostFrame } from '../../shared/ipc/wire';
import type { HostContext, HostOptions } from './compose';
import { createHost } from './compose';
import type { Logger } from './logger';
import type { EmbeddedRelay } from './relay-process';
import { startEmbeddedRelay } from './relay-process';
import type { AttachmentFileActions } from './services/attachments-handler';
import type { HostStart, HostToMain, MainQuestion, MainToHost } from './host-protocol';
import { mainToHostSchema } from './host-protocol';

/** One end of a MessagePort, whatever its kind (Electron's MessagePortMain, Node's). */
export interface PortLink {
  post(message: unknown): void;
  /** Starts delivery: messages that arrived before are delivered now, none is lost. */
  onMessage(listener: (message: unknown) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}

/** The host's link to main. */
export interface ParentLink {
  post(message: HostToMain): void;
  onMessage(listener: (message: unknown, ports: ReadonlyArray<PortLink>) => void): void;
}

export interface HostProcessOptions {
  readonly parent: ParentLink;
  readonly log: Logger;
  /** Tests: a key store, shorter link timing. */
  readonly host?: Partial<Pick<HostOptions, 'keyStore' | 'linking'>>;
  /** Environment for the relay child (Electron's binary runs it as Node). */
  readonly relayEnv?: NodeJS.ProcessEnv;
  /** After `closed` was posted: the process may end. */
  readonly exit?: () => void;
}

/**
 * Serves the host over the ports main hands it. Messages that do not match the schema
 * are logged and dropped; a window's port that sends a frame out of the wire schema is
 * closed (its page is not ours).
 */
export function runHostProcess(options: HostProcessOptions): void {
  const { parent, log } = options;
  let host: HostContext | undefined;
  let relay: EmbeddedRelay | undefined;
  let starting: Promise<void> | undefined;
  let closing = false;
  const ports = new Set<PortLink>();
  const waitingPorts: Array<PortLink> = [];
  let nextQuestion = 1;
  const answers = new Map<number, (answer: Extract<MainToHost, { type: 'answer' }>) => void>();

  const ask = (question: MainQuestion): Promise<Extract<MainToHost, { type: 'answer' }>> =>
    new Promise((resolve) => {
      const id = nextQuestion++;
      answers.set(id, resolve);
      parent.post({ type: 'ask', id, question });
    });

  // Save and open are main's dialogs and shell, asked over the parent link.
  const files: AttachmentFileActions = {
    chooseSaveTarget: async (suggestedName) => {
      const answer = await ask({ kind: 'choose-save-target', suggestedName });
      return answer.ok && typeof answer.path === 'string' && answer.path !== '' ? { path: answer.path } : null;
    },
    openWithSystem: async (filePath) => {
      const answer = await ask({ kind: 'open-with-system', path: filePath });
      if (!answer.ok) throw new Error('no application opened the file');
    },
  };

  const connect = (port: PortLink): void => {
    if (host === undefined) {
      waitingPorts.push(port);
      return;
    }
    ports.add(port);
    const server = serveFrames(
      host.router,
      (frame) => {
        if (ports.has(port)) port.post(frame);
      },
      (error, channel) => {
        log.error({ err: error instanceof Error ? error.message : String(error), channel }, 'IPC invoke failed unexpectedly');
      },
    );
    port.onMessage((message) => {
      if (server.receive(message)) return;
      log.warn('a window sent a frame out of the wire schema; its port is closed');
      ports.delete(port);
      port.close();
    });
    port.onClose(() => {
      ports.delete(port);
    });
  };

  const start = async (message: HostStart): Promise<void> => {
    try {
      relay =
        'url' in message.relay
          ? undefined
          : await startEmbeddedRelay({
              entry: message.relay.entry,
              dataDir: path.join(message.userDataDir, 'relay'),
              port: message.relay.port,
              log,
              ...(options.relayEnv === undefined ? {} : { env: options.relayEnv }),
            });
    } catch (error) {
      log.fatal({ err: error instanceof Error ? error.message : String(error) }, 'the relay did not start');
      parent.post({ type: 'start-failed', code: 'relay' });
      return;
    }
    const relayUrl = 'url' in message.relay ? message.relay.url : (relay?.url ?? '');
    try {
      host = createHost({
        host: 'electron',
        version: message.version,
        relayUrl,
        dataDir: message.userDataDir,
        log,
        attachmentFiles: files,
        ...(relay?.supervision === undefined ? {} : { localRelay: relay.supervision }),
        ...options.host,
      });
    } catch (error) {
      log.fatal({ err: error instanceof Error ? error.message : String(error) }, 'the host did not start');
      parent.post({ type: 'start-failed', code: 'host' });
      return;
    }
    // Every event goes to every window; each page keeps only the channels it knows.
    host.router.addEventSink((channel, payload) => {
      const frame: HostFrame = { type: 'event', channel, payload };
      for (const port of ports) port.post(frame);
    });
    for (const port of waitingPorts.splice(0)) connect(port);
    parent.post({ type: 'started' });
  };

  const close = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    await starting;
    for (const port of [...ports, ...waitingPorts]) port.close();
    ports.clear();
    try {
      await host?.close();
      await relay?.stop();
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error) }, 'closing the host failed');
    }
    parent.post({ type: 'closed' });
    options.exit?.();
  };

  parent.onMessage((raw, transferred) => {
    const parsed = mainToHostSchema.safeParse(raw);
    if (!parsed.success) {
      log.warn('main sent a message out of schema; dropped');
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'start':
        if (starting !== undefined) return;
        starting = start(message);
        return;
      case 'connect':
        for (const port of transferred) {
          if (closing) port.close();
          else connect(port);
        }
        return;
      case 'answer':
        answers.get(message.id)?.(message);
        answers.delete(message.id);
        return;
      case 'close':
        void close();
        return;
    }
  });
}
