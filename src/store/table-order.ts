/**
 * The data tables in an order that respects foreign keys (parents first), with the columns
 * that order their rows and the serial id column PostgreSQL needs its sequence reset for.
 */
import type { TableName } from './record-sync.ts';

export interface TableInfo {
  table: TableName;
  /** snake_case name in the database. */
  sqlName: string;
  orderBy: readonly string[];
  serialId: boolean;
}

export const DATA_TABLES: readonly TableInfo[] = [
  { table: 'planVersions', sqlName: 'plan_versions', orderBy: ['id'], serialId: true },
  { table: 'observations', sqlName: 'observations', orderBy: ['id'], serialId: true },
  { table: 'history', sqlName: 'history', orderBy: ['id'], serialId: true },
  { table: 'enterprises', sqlName: 'enterprises', orderBy: ['creditCode'], serialId: false },
  { table: 'enterpriseAnnual', sqlName: 'enterprise_annual', orderBy: ['creditCode', 'year'], serialId: false },
  { table: 'certifications', sqlName: 'certifications', orderBy: ['id'], serialId: true },
  { table: 'projectProgress', sqlName: 'project_progress', orderBy: ['planId', 'projectId', 'year'], serialId: false },
  { table: 'milestones', sqlName: 'milestones', orderBy: ['planId', 'projectId', 'name'], serialId: false },
  { table: 'reportingCalendar', sqlName: 'reporting_calendar', orderBy: ['planId', 'seriesId', 'regionCode', 'parkId', 'period'], serialId: false },
  // Accounts and API tokens are backed up; sessions and rate-limit windows are not: a
  // restore must not bring back sessions that were logged out (they cascade with users).
  { table: 'users', sqlName: 'users', orderBy: ['id'], serialId: true },
  { table: 'apiTokens', sqlName: 'api_tokens', orderBy: ['id'], serialId: true },
  // Settings (the public-portal switch, uploaded boundaries) belong to the installation's data.
  { table: 'settings', sqlName: 'settings', orderBy: ['key'], serialId: false },
];
