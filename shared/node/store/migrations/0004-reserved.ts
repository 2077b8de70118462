/**
 * Placeholder for the engine's `0004-outbox-lanes` (being written on another branch):
 * versions are positions, so 0005 needs a step 4 to stand on. Merging replaces this file
 * with the real 0004; it changes nothing and no released database has it.
 */
import type { Migration } from './migration';

export const migration0004Reserved: Migration = {
  version: 4,
  name: 'reserved',
  up() {
    // Intentionally empty.
  },
};
