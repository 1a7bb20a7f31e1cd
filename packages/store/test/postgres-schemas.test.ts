import { describe, expect, it } from 'vitest';
import { createPostgresStore, dropPostgresSchema } from '../src/index.ts';
import { freshSchema, POSTGRES_URL } from './stores.ts';

describe('PostgreSQL schemas', () => {
  it('opens two schemas of one database in a row, each with its own tables', async () => {
    const a = freshSchema();
    const b = freshSchema();
    try {
      const first = await createPostgresStore(`${POSTGRES_URL}?schema=${a}`);
      await first.accounts.addUser({ id: 'u1', email: 'a@example.org', passwordHash: 'x', createdAt: 'now' });
      await first.close();
      const second = await createPostgresStore(`${POSTGRES_URL}?schema=${b}`);
      expect(await second.accounts.users()).toEqual([]);
      await second.close();
      const again = await createPostgresStore(`${POSTGRES_URL}?schema=${a}`);
      expect((await again.accounts.users()).map((u) => u.email)).toEqual(['a@example.org']);
      await again.close();
    } finally {
      await dropPostgresSchema(POSTGRES_URL, a);
      await dropPostgresSchema(POSTGRES_URL, b);
    }
  });
});
