import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../../server/auth/password';

const cheap = { log2N: 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the password it hashed and nothing else', async () => {
    const stored = await hashPassword('correct horse battery staple', cheap);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
  });

  it('stores a salted, self-describing hash that does not contain the password', async () => {
    const [first, second] = await Promise.all([hashPassword('same-password-123', cheap), hashPassword('same-password-123', cheap)]);
    expect(first).toMatch(/^scrypt\$10\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('same-password-123');
  });

  it('uses a slow default cost (scrypt N = 2^14)', async () => {
    expect(await hashPassword('x'.repeat(20))).toMatch(/^scrypt\$14\$8\$1\$/);
  });

  it.each(['', 'plain', 'scrypt$10$8$1$AAAA', 'scrypt$x$8$1$AAAA$AAAA', 'bcrypt$10$8$1$AAAA$AAAA'])(
    'refuses a malformed stored hash %j',
    async (stored) => {
      expect(await verifyPassword('anything', stored)).toBe(false);
    },
  );
});
