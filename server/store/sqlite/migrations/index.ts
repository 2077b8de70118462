import { migration0001Init } from './0001-init';
import { migration0002DeviceTombstones } from './0002-device-tombstones';
import { migration0003AccountKinds } from './0003-account-kinds';
import type { Migration } from './types';

export type { Migration } from './types';

/** In order; append, never edit one that has shipped. */
export const migrations: ReadonlyArray<Migration> = [migration0001Init, migration0002DeviceTombstones, migration0003AccountKinds];
