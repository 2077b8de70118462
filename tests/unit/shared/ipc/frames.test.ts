import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { contractChannels, createParleyApi } from '../../../../shared/ipc/bridge';
import { services } from '../../../../shared/ipc/contract';
import { refused } from '../../../../shared/ipc/errors';
import { FrameClient, serveFrames } from '../../../../shared/ipc/frames';
import { IpcRouter } from '../../../../shared/ipc/router';
import { eventChannel, methodChannel } from '../../../../shared/ipc/service';

const settings = { theme: 'system' as const, notificationsEnabled: true, notificationPreview: 'name-and-message' as const };
const open: Array<MessagePort> = [];

afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/** A router with the settings service, served over a real MessageChannel to a FrameClient. */
function wired(client = new FrameClient()): { client: FrameClient; router: IpcRouter; hostPort: MessagePort; windowPort: MessagePort; unexpected: Array<string> } {
  const router = new IpcRouter();
  router.registerService(services.settings, (emit) => ({
    get: () => settings,
    setTheme: (theme) => {
      emit.onDidChangeSettings({ ...settings, theme });
      return { ...settings, theme };
    },
    setNotifications: () => Promise.reject(refused('not-linked')),
  }));
  const { port1: hostPort, port2: windowPort } = new MessageChannel();
  open.push(hostPort, windowPort);
  const unexpected: Array<string> = [];
  const server = serveFrames(router, (frame) => { hostPort.postMessage(frame); }, (_error, channel) => unexpected.push(channel));
  hostPort.on('message', (frame: unknown) => {
    if (!server.receive(frame)) hostPort.close();
  });
  router.addEventSink((channel, payload) => {
    hostPort.postMessage({ type: 'event', channel, payload });
  });
  windowPort.on('message', (frame: unknown) => {
    client.receive(frame);
  });
  client.attach((frame) => {
    windowPort.postMessage(frame);
  });
  return { client, router, hostPort, windowPort, unexpected };
}

describe('the IPC contract as frames over a MessagePort', () => {
  it('answers calls, keeps a refusal’s reason and parameters, and delivers events', async () => {
    const { client } = wired();
    const api = createParleyApi(client);
    expect(await api.settings.get()).toEqual(settings);
    const seen: Array<string> = [];
    api.settings.onDidChangeSettings((next) => seen.push(next.theme));
    expect(await api.settings.setTheme('dark')).toMatchObject({ theme: 'dark' });
    await expect(api.settings.setNotifications({ enabled: false, preview: 'name-only' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'not-linked' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['dark']);
  });

  it('refuses every channel outside the contract before it leaves the page', async () => {
    const { client, hostPort } = wired();
    const reached: Array<unknown> = [];
    hostPort.on('message', (frame: unknown) => reached.push(frame));
    expect(await client.invoke('parley:shell.exec', [])).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(client.subscribe('parley:anything', () => undefined)).toBeTypeOf('function');
    expect(reached).toEqual([]);
    // Every method and event of the contract is carried.
    const { methods, events } = contractChannels();
    expect(methods.has(methodChannel('settings', 'get'))).toBe(true);
    expect(events.has(eventChannel('settings', 'onDidChangeSettings'))).toBe(true);
  });

  it('answers a call in flight DISCONNECTED when the link goes, and sends calls made meanwhile over the next link', async () => {
    const client = new FrameClient();
    const sent: Array<unknown> = [];
    client.attach((frame) => sent.push(frame));
    const inFlight = client.invoke(methodChannel('settings', 'get'), []);
    client.detach();
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'DISCONNECTED' } });
    const waiting = client.invoke(methodChannel('settings', 'get'), []);
    wired(client);
    expect(await waiting).toEqual({ ok: true, value: settings });
    expect(sent).toHaveLength(1);
  });

  it('drops host frames out of the wire schema and events of channels the page does not know', () => {
    const client = new FrameClient();
    const seen: Array<unknown> = [];
    client.subscribe(eventChannel('settings', 'onDidChangeSettings'), (payload) => seen.push(payload));
    client.receive({ type: 'result', id: 'x' });
    client.receive('garbage');
    client.receive({ type: 'event', channel: 'parley:evil', payload: 1 });
    client.receive({ type: 'event', channel: eventChannel('settings', 'onDidChangeSettings'), payload: 2 });
    expect(seen).toEqual([2]);
  });

  it('tells the host a page frame out of the wire schema, which then drops that link', () => {
    const server = serveFrames(new IpcRouter(), () => undefined, () => undefined);
    expect(server.receive({ type: 'invoke', id: -1, channel: 42 })).toBe(false);
    expect(server.receive({ type: 'invoke', id: 1, channel: 'x', args: Array.from({ length: 40 }) })).toBe(false);
    expect(server.receive({ type: 'invoke', id: 1, channel: 'parley:settings:get', args: [] })).toBe(true);
  });
});
