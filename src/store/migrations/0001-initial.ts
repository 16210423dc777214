/**
 * The first schema. Portable across SQLite and PostgreSQL: the only branch is how an
 * auto-incrementing key is spelled.
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Engine } from '../engine.ts';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const idColumn = engine === 'postgres' ? 'serial' : 'integer';
  const id = (col: ColumnDefinitionBuilder) =>
    engine === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement();
  const float = 'double precision';

  await db.schema
    .createTable('plan_versions')
    .addColumn('id', idColumn, id)
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_versions_plan_hash', ['plan_id', 'content_hash'])
    .execute();

  await db.schema
    .createTable('observations')
    .addColumn('id', idColumn, id)
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('plan_version_id', 'integer', (c) => c.notNull().references('plan_versions.id'))
    .addColumn('series_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('park_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('quarter', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('actual'))
    .addColumn('value', float, (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('origin_kind', 'text', (c) => c.notNull())
    .addColumn('origin_file', 'text')
    .addColumn('origin_row', 'integer')
    .addColumn('note', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('region_approved_by', 'text')
    .addColumn('region_approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('returned_by', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('deleted_at', 'text')
    .addUniqueConstraint('observations_natural_key', ['plan_id', 'series_id', 'region_code', 'park_id', 'period', 'kind'])
    .execute();
  await db.schema.createIndex('observations_by_year').on('observations').columns(['plan_id', 'year']).execute();
  await db.schema.createIndex('observations_by_status').on('observations').columns(['plan_id', 'status']).execute();

  await db.schema
    .createTable('history')
    .addColumn('id', idColumn, id)
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_key', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('origin', 'text')
    .execute();
  await db.schema.createIndex('history_by_entity').on('history').columns(['entity', 'entity_key']).execute();

  await db.schema
    .createTable('enterprises')
    .addColumn('credit_code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('park_id', 'text')
    .addColumn('clusters', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('segments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('founded_on', 'text')
    .addColumn('size_class', 'text')
    .addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprises_by_region').on('enterprises').column('region_code').execute();

  let annual = db.schema
    .createTable('enterprise_annual')
    .addColumn('credit_code', 'text', (c) => c.notNull().references('enterprises.credit_code'))
    .addColumn('year', 'integer', (c) => c.notNull());
  for (const column of [
    'revenue', 'main_business_revenue', 'rd_expense', 'rd_expense_domestic', 'staff', 'rd_staff', 'st_staff',
    'total_assets', 'total_liabilities', 'net_assets', 'net_profit', 'high_tech_revenue', 'ip_class1', 'ip_class2',
    'equity_financing', 'niche_years', 'niche_market_share_pct',
  ]) {
    annual = annual.addColumn(column, float);
  }
  await annual
    .addColumn('strategic_emerging', 'integer')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('enterprise_annual_pk', ['credit_code', 'year'])
    .execute();

  await db.schema
    .createTable('certifications')
    .addColumn('id', idColumn, id)
    .addColumn('credit_code', 'text', (c) => c.notNull().references('enterprises.credit_code'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('certificate_no', 'text')
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('certifications_natural_key', ['credit_code', 'kind', 'issued_on'])
    .execute();
  await db.schema.createIndex('certifications_by_kind').on('certifications').columns(['kind', 'issued_on']).execute();

  await db.schema
    .createTable('project_progress')
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('planned_investment', float)
    .addColumn('completed_investment', float)
    .addColumn('start_on', 'text')
    .addColumn('completion_on', 'text')
    .addColumn('note', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_progress_pk', ['plan_id', 'project_id', 'year'])
    .execute();

  await db.schema
    .createTable('milestones')
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('milestones_pk', ['plan_id', 'project_id', 'name'])
    .execute();

  await db.schema
    .createTable('reporting_calendar')
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('series_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('park_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reporting_calendar_pk', ['plan_id', 'series_id', 'region_code', 'park_id', 'period'])
    .execute();
}
