/** What a fault test and its device process say to each other (device-main.ts). */
export interface DeviceConfig {
  readonly dataDir: string;
  readonly profileId: string;
  readonly relayUrl: string;
}

export type DeviceCommand =
  | { readonly cmd: 'report' }
  | { readonly cmd: 'send'; readonly to: string; readonly bodies: ReadonlyArray<string> }
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
