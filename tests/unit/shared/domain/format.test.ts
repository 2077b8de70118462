import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../shared/domain/format';

describe('formatBytes', () => {
  it('names sizes the way file managers do, in decimal units', () => {
    expect([0, 999, 1_000, 12_400, 123_456_789, 5e12].map(formatBytes)).toEqual(['0 B', '999 B', '1.0 KB', '12.4 KB', '123 MB', '5000 GB']);
  });
});
