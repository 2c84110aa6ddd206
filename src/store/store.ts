import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Article, Story } from '../types.js';
import type { Database } from './schema.js';

export interface StorySummary {
  id: string;
  title: string;
  articleCount: number;
  firstDate?: string;
  lastDate?: string;
}

const now = (): string => new Date().toISOString();
const hashOf = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** Articles, stories and their facts, over any Kysely dialect (SQLite by default, PostgreSQL later). */
export class Store {
  constructor(readonly db: Kysely<Database>) {}

  /**
   * Upserts articles by id and replaces every stored story that shares an article with the new ones,
   * all in one transaction: a failed run leaves the previous state intact.
   */
  async save(articles: Article[], stories: Story[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const a of articles) {
        const row = {
          id: a.id,
          source: a.source,
          url: a.url ?? null,
          outlet: a.outlet ?? null,
          title: a.title,
          published: a.published ?? null,
          published_inferred: a.publishedInferred ? 1 : 0,
          language: a.language,
          content_hash: hashOf(a.original),
          json: JSON.stringify(a),
          updated_at: now(),
        };
        await trx
          .insertInto('articles')
          .values(row)
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute();
      }
      const touched = new Set(articles.map((a) => a.id));
      const old = await trx.selectFrom('stories').select(['id', 'article_ids']).execute();
      const stale = old.filter((s) => (JSON.parse(s.article_ids) as string[]).some((id) => touched.has(id))).map((s) => s.id);
      if (stale.length) {
        await trx.deleteFrom('facts').where('story_id', 'in', stale).execute();
        await trx.deleteFrom('stories').where('id', 'in', stale).execute();
      }
      for (const s of stories) {
        const dates = s.dateRange;
        await trx
          .insertInto('stories')
          .values({
            id: s.id,
            title: s.title,
            article_ids: JSON.stringify(s.articleIds),
            first_date: dates?.[0] ?? null,
            last_date: dates?.[1] ?? null,
            json: JSON.stringify(s),
            updated_at: now(),
          })
          .onConflict((oc) =>
            oc.column('id').doUpdateSet({
              title: s.title,
              article_ids: JSON.stringify(s.articleIds),
              json: JSON.stringify(s),
              updated_at: now(),
            }),
          )
          .execute();
        const facts = [
          ...s.figures.map((f) => ({
            kind: 'figure',
            fact_id: f.id,
            article_id: f.articleId,
            start: f.start,
            end: f.end,
            json: JSON.stringify(f),
          })),
          ...s.quotes.map((q) => ({
            kind: 'quote',
            fact_id: q.id,
            article_id: q.articleId,
            start: q.start,
            end: q.end,
            json: JSON.stringify(q),
          })),
          ...s.events.map((e) => ({
            kind: 'event',
            fact_id: e.id,
            article_id: e.articleId,
            start: e.start,
            end: e.end,
            json: JSON.stringify(e),
          })),
        ];
        for (const f of facts)
          await trx
            .insertInto('facts')
            .values({ story_id: s.id, ...f })
            .execute();
      }
    });
  }

  async listStories(): Promise<StorySummary[]> {
    const rows = await this.db
      .selectFrom('stories')
      .select(['id', 'title', 'article_ids', 'first_date', 'last_date'])
      .orderBy('last_date', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      articleCount: (JSON.parse(r.article_ids) as string[]).length,
      firstDate: r.first_date ?? undefined,
      lastDate: r.last_date ?? undefined,
    }));
  }

  async getStory(id: string): Promise<Story | undefined> {
    const row = await this.db.selectFrom('stories').select('json').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.json) as Story) : undefined;
  }

  async getArticle(id: string): Promise<Article | undefined> {
    const row = await this.db.selectFrom('articles').select('json').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.json) as Article) : undefined;
  }

  async getArticles(ids: string[]): Promise<Article[]> {
    if (!ids.length) return [];
    const rows = await this.db.selectFrom('articles').select('json').where('id', 'in', ids).execute();
    return rows.map((r) => JSON.parse(r.json) as Article);
  }

  async counts(): Promise<{ articles: number; stories: number; facts: number }> {
    const count = async (t: 'articles' | 'stories' | 'facts') =>
      Number(
        (
          await this.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { articles: await count('articles'), stories: await count('stories'), facts: await count('facts') };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
