import { type Kysely, sql } from 'kysely';

/** Tables as Kysely sees them: JSON columns hold the report objects, plain columns what is queried. */
export interface Database {
  articles: {
    id: string;
    source: string;
    url: string | null;
    outlet: string | null;
    title: string;
    published: string | null;
    published_inferred: number;
    language: string;
    content_hash: string;
    json: string;
    updated_at: string;
  };
  stories: {
    id: string;
    title: string;
    article_ids: string;
    first_date: string | null;
    last_date: string | null;
    json: string;
    updated_at: string;
  };
  facts: {
    story_id: string;
    kind: string;
    fact_id: string;
    article_id: string;
    start: number;
    end: number;
    json: string;
  };
}

/** Creates the tables when they are missing; safe to run on every open. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createTable('articles')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('outlet', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('published_inferred', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('stories')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('article_ids', 'text', (c) => c.notNull())
    .addColumn('first_date', 'text')
    .addColumn('last_date', 'text')
    .addColumn('json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('facts')
    .ifNotExists()
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('fact_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('facts_pk', ['story_id', 'kind', 'fact_id'])
    .execute();
  await sql`CREATE INDEX IF NOT EXISTS facts_article ON facts (article_id)`.execute(db);
}
