import type { Kysely, Migration, MigrationProvider } from 'kysely';

/**
 * The schema's migrations, in order. Applied on start by `migrate` (Kysely's Migrator), the same on
 * SQLite and PostgreSQL: only portable column types (text, integer) are used.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('competitions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('events')
        .addColumn('competition_id', 'text', (c) => c.notNull().references('competitions.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['competition_id', 'version'])
        .execute();
      await db.schema
        .createTable('attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('competition_id', 'text', (c) => c.notNull().references('competitions.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('expected_version', 'integer', (c) => c.notNull())
        .addColumn('current_version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('members')
        .addColumn('competition_id', 'text', (c) => c.notNull().references('competitions.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('members_pk', ['competition_id', 'user_id'])
        .execute();
      await db.schema.createIndex('members_user').on('members').column('user_id').execute();
      await db.schema.createIndex('attempts_competition').on('attempts').column('competition_id').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['members', 'api_tokens', 'sessions', 'attempts', 'events', 'competitions', 'users'])
        await db.schema.dropTable(t).execute();
    },
  },
  '0002-accounts-audit': {
    async up(db: Kysely<unknown>) {
      // Refused attempts coalesce: one row per competition, actor, action and minute, with a count.
      await db.schema
        .alterTable('attempts')
        .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.alterTable('attempts').addColumn('last_at', 'text').execute();
      await db.schema.alterTable('attempts').addColumn('bucket', 'text').execute();
      await db.schema
        .createIndex('attempts_bucket')
        .on('attempts')
        .columns(['competition_id', 'actor', 'action', 'bucket'])
        .unique()
        .execute();
      await db.schema
        .createTable('invitations')
        .addColumn('competition_id', 'text', (c) => c.notNull().references('competitions.id'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('invitations_pk', ['competition_id', 'email'])
        .execute();
      await db.schema.createIndex('invitations_email').on('invitations').column('email').execute();
      await db.schema
        .createTable('member_changes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('competition_id', 'text', (c) => c.notNull().references('competitions.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('role', 'text')
        .execute();
      await db.schema
        .createIndex('member_changes_competition')
        .on('member_changes')
        .columns(['competition_id', 'at'])
        .execute();
      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('sessions_user').execute();
      for (const t of ['rate_limits', 'member_changes', 'invitations'])
        await db.schema.dropTable(t).execute();
      await db.schema.dropIndex('attempts_bucket').execute();
      for (const c of ['bucket', 'last_at', 'count'])
        await db.schema.alterTable('attempts').dropColumn(c).execute();
    },
  },
};

/** The migrations for Kysely's Migrator (kept in code so that no files are read at run time). */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
