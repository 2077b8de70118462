/**
 * Business-wide console settings (docs/console.md "Settings"): console ops like any other,
 * so they travel, merge and are audited the same way. They are written on one reserved
 * conversation id, `settingsConversation`, which is no customer's (customers are named by
 * account id, a UUID), and each key is its own last-writer-wins register (HLC, then seat).
 * Only the owner and admins may write them (roster.ts). Pure: no clock, no I/O.
 */
import { z } from 'zod';

/** The conversation id settings ops are written on; never a UUID, so never a customer. */
export const settingsConversation = 'business-settings';

export const assignmentModes = ['manual', 'round-robin', 'fewest-open'] as const;
export type AssignmentMode = (typeof assignmentModes)[number];

export interface BusinessSettings {
  /** Who gets a new conversation: nobody automatically, the next online agent in turn, or the one with fewest open. */
  readonly assignment: AssignmentMode;
  /** Open conversations an agent may hold before automatic assignment skips it; 0: no cap. */
  readonly capacity: number;
  /** A desktop not heard from for this long is offline; its open conversations go back to the pool. */
  readonly presenceTimeoutSeconds: number;
  /** Agents see every conversation, not only their own and unassigned ones. */
  readonly agentsSeeAll: boolean;
  /** Replies to customers end with the agent's name. */
  readonly signReplies: boolean;
}

export type SettingKey = keyof BusinessSettings;
export type SettingValue = BusinessSettings[SettingKey];

export const settingKeys = ['assignment', 'capacity', 'presenceTimeoutSeconds', 'agentsSeeAll', 'signReplies'] as const satisfies ReadonlyArray<SettingKey>;

export const defaultSettings: BusinessSettings = {
  assignment: 'manual',
  capacity: 0,
  presenceTimeoutSeconds: 60,
  agentsSeeAll: false,
  signReplies: false,
};

/** One setting change, key and value typed together. */
export type SettingChange = { [K in SettingKey]: { readonly kind: 'setting'; readonly key: K; readonly value: BusinessSettings[K] } }[SettingKey];

/** The value schema of each key: what a setter passes and what arrives are checked alike. */
export const settingValueSchemas = {
  assignment: z.enum(assignmentModes),
  capacity: z.number().int().min(0).max(1_000),
  // At least a few seconds: heartbeats come several times per timeout.
  presenceTimeoutSeconds: z.number().int().min(3).max(3_600),
  agentsSeeAll: z.boolean(),
  signReplies: z.boolean(),
} as const satisfies { readonly [K in SettingKey]: z.ZodType<BusinessSettings[K]> };

const settingOf = <K extends SettingKey>(key: K) =>
  z.strictObject({ kind: z.literal('setting'), key: z.literal(key), value: settingValueSchemas[key] });

export const settingChangeSchema = z.discriminatedUnion('key', [
  settingOf('assignment'),
  settingOf('capacity'),
  settingOf('presenceTimeoutSeconds'),
  settingOf('agentsSeeAll'),
  settingOf('signReplies'),
]);

/** The settings a fold of the settings conversation's registers describes, defaults where nothing was written. */
export function settingsFrom(registers: ReadonlyMap<string, { readonly value: SettingValue }>): BusinessSettings {
  const read = <K extends SettingKey>(key: K): BusinessSettings[K] => {
    const parsed = settingValueSchemas[key].safeParse(registers.get(key)?.value);
    return parsed.success ? (parsed.data as BusinessSettings[K]) : defaultSettings[key];
  };
  return {
    assignment: read('assignment'),
    capacity: read('capacity'),
    presenceTimeoutSeconds: read('presenceTimeoutSeconds'),
    agentsSeeAll: read('agentsSeeAll'),
    signReplies: read('signReplies'),
  };
}
