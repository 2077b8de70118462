import type { RelayStatus } from '../../shared/ipc/app';

/** Keeps the relay's reachability current for the renderer's status line. */
export class RelayMonitor {
  private status: RelayStatus;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<(status: RelayStatus) => void>();

  constructor(
    readonly url: string,
    private readonly intervalMs = 10_000,
  ) {
    this.status = { url, reachable: false, checkedAt: 0, problem: 'not-checked' };
  }

  get current(): RelayStatus {
    return this.status;
  }

  onDidChange(listener: (status: RelayStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.timer !== undefined) return;
    const tick = (): void => {
      this.check().catch(() => undefined);
    };
    tick();
    this.timer = setInterval(tick, this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async check(): Promise<RelayStatus> {
    const next = await probeRelay(this.url);
    const changed = next.reachable !== this.status.reachable || next.problem !== this.status.problem || next.httpStatus !== this.status.httpStatus;
    this.status = next;
    if (changed) for (const listener of this.listeners) listener(next);
    return next;
  }
}

export async function probeRelay(url: string, timeoutMs = 2_000): Promise<RelayStatus> {
  const checkedAt = Date.now();
  try {
    const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
    if (response.ok) return { url, reachable: true, checkedAt };
    return { url, reachable: false, checkedAt, problem: 'http-status', httpStatus: response.status };
  } catch (error) {
    return { url, reachable: false, checkedAt, problem: error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'refused' };
  }
}
