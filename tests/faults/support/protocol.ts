/** What a fault test and its device process say to each other (device-main.ts). */
export interface DeviceConfig {
  readonly dataDir: string;
  readonly profileId: string;
  readonly relayUrl: string;
}

export type DeviceCommand =
  | { readonly cmd: 'report' }
  /**
   * Queues texts in one synchronous loop. With `clockAt`, the device's clock reads that
   * instant while it queues them (as when a burst outpaces the clock, or the clock steps
   * back), then runs on as usual.
   */
  | { readonly cmd: 'send'; readonly to: string; readonly bodies: ReadonlyArray<string>; readonly clockAt?: number }
  | { readonly cmd: 'stop' };

export interface ReportedMessage {
  /** The other side of the conversation. */
  readonly peer: string;
  readonly sender: string;
  readonly kind: string;
  readonly sentAt: number;
  readonly body: string | null;
  readonly status: string;
}

export interface DeviceReport {
  readonly accountId: string;
  readonly deviceId: number;
  readonly messages: ReadonlyArray<ReportedMessage>;
}

export type DeviceReply =
  | { readonly type: 'ready'; readonly count: number }
  | { readonly type: 'stored'; readonly count: number }
  | { readonly type: 'queue-empty'; readonly count: number }
  | { readonly type: 'outbox-idle' }
  | { readonly type: 'queued'; readonly count: number }
  | { readonly type: 'report'; readonly report: DeviceReport }
  | { readonly type: 'stopped' };

/** A desktop session (desktop-session.ts) in a process of its own: session-main.ts. */
export interface SessionConfig {
  readonly dataDir: string;
  readonly relayUrl: string;
}

export type SessionCommand = { readonly cmd: 'report' } | { readonly cmd: 'stop' };

export type SessionReply =
  /** Every link state the session enters, with the code to show when there is one. */
  | { readonly type: 'state'; readonly kind: string; readonly url?: string; readonly problem?: string }
  /** What the running engine holds (undefined without one). */
  | { readonly type: 'report'; readonly report: DeviceReport | undefined }
  | { readonly type: 'stopped' };
