/**
 * The tables as Kysely sees them (camelCase; the database uses snake_case through
 * CamelCasePlugin). Timestamps are ISO-8601 text and booleans 0/1 integers on both engines,
 * because better-sqlite3 binds nothing else.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface PlanVersionTable {
  id: Generated<number>;
  planId: string;
  contentHash: string;
  title: string;
  loadedAt: string;
}

export interface ObservationTable {
  id: Generated<number>;
  planId: string;
  planVersionId: number;
  seriesId: string;
  regionCode: string;
  /** '' for the region as a whole: an empty string, not NULL, so the unique key works on both engines. */
  parkId: string;
  period: string;
  year: number;
  quarter: number | null;
  kind: string;
  value: number;
  unit: string;
  status: string;
  originKind: string;
  originFile: string | null;
  originRow: number | null;
  note: string | null;
  isDemo: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  regionApprovedBy: string | null;
  regionApprovedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  returnedBy: string | null;
  returnedAt: string | null;
  returnReason: string | null;
  deletedAt: string | null;
}

export interface HistoryTable {
  id: Generated<number>;
  entity: string;
  entityKey: string;
  action: string;
  /** JSON: { field: [old, new] }. */
  changes: string;
  actor: string;
  at: string;
  reason: string | null;
  origin: string | null;
}

export interface EnterpriseTable {
  creditCode: string;
  name: string;
  regionCode: string;
  parkId: string | null;
  /** JSON arrays of ids. */
  clusters: string;
  segments: string;
  foundedOn: string | null;
  sizeClass: string | null;
  listed: number;
  isDemo: number;
  updatedBy: string;
  updatedAt: string;
}

export interface EnterpriseAnnualTable {
  creditCode: string;
  year: number;
  revenue: number | null;
  mainBusinessRevenue: number | null;
  rdExpense: number | null;
  rdExpenseDomestic: number | null;
  staff: number | null;
  rdStaff: number | null;
  stStaff: number | null;
  totalAssets: number | null;
  totalLiabilities: number | null;
  netAssets: number | null;
  netProfit: number | null;
  highTechRevenue: number | null;
  ipClass1: number | null;
  ipClass2: number | null;
  equityFinancing: number | null;
  nicheYears: number | null;
  nicheMarketSharePct: number | null;
  strategicEmerging: number | null;
  isDemo: number;
  updatedBy: string;
  updatedAt: string;
}

export interface CertificationTable {
  id: Generated<number>;
  creditCode: string;
  kind: string;
  certificateNo: string | null;
  issuedOn: string;
  expiresOn: string | null;
  isDemo: number;
  updatedBy: string;
  updatedAt: string;
}

export interface ProjectProgressTable {
  planId: string;
  projectId: string;
  year: number;
  stage: string;
  plannedInvestment: number | null;
  completedInvestment: number | null;
  startOn: string | null;
  completionOn: string | null;
  note: string | null;
  isDemo: number;
  updatedBy: string;
  updatedAt: string;
}

export interface MilestoneTable {
  planId: string;
  projectId: string;
  name: string;
  dueOn: string;
  doneOn: string | null;
  isDemo: number;
  updatedBy: string;
  updatedAt: string;
}

export interface CalendarTable {
  planId: string;
  seriesId: string;
  regionCode: string;
  parkId: string;
  period: string;
  dueOn: string;
  isDemo: number;
  updatedBy: string;
  updatedAt: string;
}

export interface UserTable {
  id: Generated<number>;
  /** Lower case; unique. */
  username: string;
  displayName: string;
  /** argon2id, PHC string. */
  passwordHash: string;
  role: string;
  /** JSON array of region codes (region officers). */
  regions: string;
  parkId: string | null;
  creditCode: string | null;
  /** Consecutive failed logins since the last success or lock. */
  failedLogins: number;
  lockedUntil: string | null;
  disabled: number;
  createdAt: string;
  updatedAt: string;
}

export interface SessionTable {
  id: Generated<number>;
  /** sha256 of the cookie value, base64url: the value itself is never stored. */
  tokenHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  userId: number;
  name: string;
  /** sha256 of the token, base64url: the token itself is shown once and never stored. */
  tokenHash: string;
  /** JSON array: `read`, `write`. */
  scopes: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface RateLimitTable {
  key: string;
  hits: number;
  windowEndsAt: string;
}

/** A file uploaded for import, kept between the preview and the commit (see 0003-uploads). */
export interface UploadTable {
  /** A random UUID. */
  id: string;
  userId: number;
  /** The record kind it is imported as. */
  kind: string;
  /** The name it was uploaded with (no directories), shown in messages and kept as the origin. */
  filename: string;
  size: number;
  bytes: Buffer;
  createdAt: string;
  expiresAt: string;
}

/** A setting changed at run time (see 0004-settings): its value as JSON text. */
export interface SettingTable {
  key: string;
  /** JSON. */
  value: string;
  updatedBy: string;
  updatedAt: string;
}

export interface DatabaseSchema {
  planVersions: PlanVersionTable;
  observations: ObservationTable;
  history: HistoryTable;
  enterprises: EnterpriseTable;
  enterpriseAnnual: EnterpriseAnnualTable;
  certifications: CertificationTable;
  projectProgress: ProjectProgressTable;
  milestones: MilestoneTable;
  reportingCalendar: CalendarTable;
  users: UserTable;
  sessions: SessionTable;
  apiTokens: ApiTokenTable;
  rateLimits: RateLimitTable;
  uploads: UploadTable;
  settings: SettingTable;
}

export type ObservationRow = Selectable<ObservationTable>;
export type NewObservationRow = Insertable<ObservationTable>;
export type ObservationUpdate = Updateable<ObservationTable>;
export type EnterpriseRow = Selectable<EnterpriseTable>;
export type EnterpriseAnnualRow = Selectable<EnterpriseAnnualTable>;
export type CertificationRow = Selectable<CertificationTable>;
export type ProjectProgressRow = Selectable<ProjectProgressTable>;
export type MilestoneRow = Selectable<MilestoneTable>;
export type CalendarRow = Selectable<CalendarTable>;
export type HistoryRow = Selectable<HistoryTable>;
export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type UploadRow = Selectable<UploadTable>;
export type SettingRow = Selectable<SettingTable>;
