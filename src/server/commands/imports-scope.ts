/**
 * Who may import what, row by row. Province-level accounts (administrators, province
 * analysts) import anything. A region officer imports its regions' rows, a park officer its
 * park's, an enterprise account its own annual data — checked for every row of the file,
 * against the row and against what is stored (an enterprise registered in another region
 * stays out of reach even if the row names yours). An officer's import may not change a
 * value already submitted or approved: that is the workflow's job. One row out of scope and
 * the whole file is refused, naming the rows.
 *
 * A pass of its own over the file, streaming like the import's, run only for officers.
 */
import { recordTableFor } from '../../commands/record-tables.ts';
import { matchHeader } from '../../ingest/header-layout.ts';
import { importContext } from '../../ingest/import-context.ts';
import { createRowValidator, type RecordOf } from '../../ingest/row-validator.ts';
import { openTableSource, type TableSource } from '../../ingest/table-source.ts';
import type { Plan } from '../../plan/derive.ts';
import { recordKind, recordKinds, type RecordKindId } from '../../records/record-kinds.ts';
import { diffRecords, loadStored } from '../../store/record-sync.ts';
import type { Db } from '../../store/open-database.ts';
import type { ErrorDetail, Text } from '../errors.ts';
import { hasScope, type UserActor } from '../policy/actor.ts';
import { ROLE_POLICIES } from '../policy/roles.ts';

export type ImportScope =
  | { kind: 'all' }
  | { kind: 'regions'; regions: readonly string[] }
  | { kind: 'park'; parkId: string }
  | { kind: 'enterprise'; creditCode: string };

export function importScopeOf(actor: UserActor): ImportScope | null {
  if (!hasScope(actor, 'write')) return null;
  const policy = ROLE_POLICIES[actor.user.role];
  if (policy.writes === 'all' || policy.approves.includes('province')) return { kind: 'all' };
  const { regions, parkId, creditCode } = actor.user;
  if (policy.writes === 'own-regions' && regions.length > 0) return { kind: 'regions', regions };
  if (policy.writes === 'own-park' && parkId !== null) return { kind: 'park', parkId };
  if (policy.writes === 'own-enterprise' && creditCode !== null) return { kind: 'enterprise', creditCode };
  return null;
}

/** The kinds each scope may import: the calendar is set by the province. */
const KINDS: Record<ImportScope['kind'], readonly RecordKindId[]> = {
  all: recordKinds.map((k) => k.id as RecordKindId),
  regions: ['observations', 'enterprises', 'annual', 'certifications', 'projects', 'milestones'],
  park: ['observations', 'enterprises', 'annual', 'certifications'],
  enterprise: ['annual'],
};

export function mayImportKind(scope: ImportScope | null, kind: RecordKindId): boolean {
  return scope !== null && KINDS[scope.kind].includes(kind);
}

export interface ScopeCheck {
  /** Rows outside the caller's regions, park or enterprise (the first ones, see `outsideCount`). */
  outside: ErrorDetail[];
  outsideCount: number;
  /** Rows that would change a submitted or approved value. */
  locked: ErrorDetail[];
  lockedCount: number;
}

export interface ScopeRequest {
  db: Db;
  plan: Plan;
  kind: RecordKindId;
  path: string;
  file: string;
  scope: Exclude<ImportScope, { kind: 'all' }>;
  maxDetails: number;
}

interface Row<R> {
  row: number;
  sheet: string | null;
  record: R;
}

/** Where a row is: the field that places it, its value, and whether the caller may write there. */
interface Placement {
  field: string;
  value: string | null;
  allowed: boolean;
}

const BATCH = 500;

export async function checkImportScope(request: ScopeRequest): Promise<ScopeCheck> {
  const result: ScopeCheck = { outside: [], outsideCount: 0, locked: [], lockedCount: 0 };
  const source = await openTableSource(request.path, request.file);
  const validator = createRowValidator(request.kind, source, importContext(request.plan), { trackDuplicates: false });
  const columns = matchHeader(recordKind(request.kind)!, source).columns;
  const columnOf = (field: string): string | undefined => {
    const index = columns.get(field);
    return index === undefined ? undefined : source.headers[index];
  };
  let batch: Row<unknown>[] = [];
  const flush = async () => {
    await checkBatch(request, source, batch, columnOf, result);
    batch = [];
  };
  for await (const row of source.rows) {
    const validated = validator.validate(row);
    if (validated === null || 'issues' in validated) continue;
    batch.push({ row: row.row, sheet: row.sheet ?? source.sheet, record: validated.record });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return result;
}

async function checkBatch(request: ScopeRequest, source: TableSource, rows: Row<unknown>[], columnOf: (field: string) => string | undefined, result: ScopeCheck): Promise<void> {
  if (rows.length === 0) return;
  const placements = await placementsOf(request, rows);
  rows.forEach((r, i) => {
    const place = placements[i]!;
    if (place.allowed) return;
    result.outsideCount++;
    if (result.outside.length >= request.maxDetails) return;
    const column = columnOf(place.field);
    result.outside.push({
      file: source.file,
      ...(r.sheet === null ? {} : { sheet: r.sheet }),
      row: r.row,
      ...(column === undefined ? {} : { column }),
      field: place.field,
      value: place.value,
      expected: scopeText(request.scope),
      message: {
        zh: `第${r.row}行：${place.value ?? ''} 不在本账户的填报范围内`,
        en: `row ${r.row}: ${place.value ?? ''} is outside what this account may enter`,
      },
    });
  });
  if (request.kind === 'observations') await checkLocked(request, source, rows as Row<RecordOf['observations']>[], result);
}

function scopeText(scope: ScopeRequest['scope']): Text {
  switch (scope.kind) {
    case 'regions':
      return { zh: `本账户所辖市县（${scope.regions.join('、')}）的数据`, en: `data of this account's regions (${scope.regions.join(', ')})` };
    case 'park':
      return { zh: `本园区（${scope.parkId}）的数据`, en: `data of this account's park (${scope.parkId})` };
    case 'enterprise':
      return { zh: `本企业（${scope.creditCode}）的数据`, en: `data of this account's enterprise (${scope.creditCode})` };
  }
}

/** Whether the caller may write a place given by region and park. */
function placeAllowed(scope: ScopeRequest['scope'], regionCode: string | null, parkId: string | null): boolean {
  if (scope.kind === 'regions') return regionCode !== null && scope.regions.includes(regionCode);
  if (scope.kind === 'park') return parkId !== null && parkId === scope.parkId;
  return false;
}

function placeOf(scope: ScopeRequest['scope'], regionCode: string | null, parkId: string | null): Placement {
  const allowed = placeAllowed(scope, regionCode, parkId);
  return scope.kind === 'park' ? { field: 'park', value: parkId, allowed } : { field: 'region', value: regionCode, allowed };
}

async function placementsOf(request: ScopeRequest, rows: Row<unknown>[]): Promise<Placement[]> {
  const { scope } = request;
  switch (request.kind) {
    case 'observations':
      return (rows as Row<RecordOf['observations']>[]).map(({ record }) => placeOf(scope, record.regionCode, record.parkId));
    case 'enterprises': {
      // The stored entry too: moving an enterprise out of another region is a change there.
      const records = (rows as Row<RecordOf['enterprises']>[]).map((r) => r.record);
      const stored = await enterprisePlaces(request.db, records.map((r) => r.creditCode));
      return records.map((record) => {
        const before = stored.get(record.creditCode);
        const now = placeOf(scope, record.regionCode, record.parkId);
        return before && !placeAllowed(scope, before.regionCode, before.parkId) ? placeOf(scope, before.regionCode, before.parkId) : now;
      });
    }
    case 'annual':
    case 'certifications': {
      const codes = (rows as Row<{ creditCode: string }>[]).map((r) => r.record.creditCode);
      if (scope.kind === 'enterprise') return codes.map((code) => ({ field: 'credit_code', value: code, allowed: code === scope.creditCode }));
      const stored = await enterprisePlaces(request.db, codes);
      return codes.map((code) => {
        const place = stored.get(code);
        return { field: 'credit_code', value: code, allowed: place !== undefined && placeAllowed(scope, place.regionCode, place.parkId) };
      });
    }
    case 'projects':
    case 'milestones':
      return (rows as Row<{ projectId: string }>[]).map(({ record }) => {
        const regions = request.plan.projects.find((p) => p.id === record.projectId)?.regions ?? [];
        // Like the progress route: an officer of one of the project's regions may report it.
        const allowed = scope.kind === 'regions' && regions.some((code) => scope.regions.includes(code));
        return { field: 'project', value: record.projectId, allowed };
      });
    case 'calendar':
      return rows.map(() => ({ field: 'region', value: null, allowed: false }));
  }
}

async function enterprisePlaces(db: Db, codes: readonly string[]): Promise<Map<string, { regionCode: string; parkId: string | null }>> {
  const unique = [...new Set(codes)];
  const places = new Map<string, { regionCode: string; parkId: string | null }>();
  for (let i = 0; i < unique.length; i += BATCH) {
    const found = await db.selectFrom('enterprises').select(['creditCode', 'regionCode', 'parkId']).where('creditCode', 'in', unique.slice(i, i + BATCH)).execute();
    for (const f of found) places.set(f.creditCode, { regionCode: f.regionCode, parkId: f.parkId });
  }
  return places;
}

/** Rows that would change a value already submitted or approved (unchanged rows are fine). */
async function checkLocked(request: ScopeRequest, source: TableSource, rows: Row<RecordOf['observations']>[], result: ScopeCheck): Promise<void> {
  const table = recordTableFor('observations', { plan: request.plan, planVersionId: 0, isDemo: false, status: 'submitted', originFile: null });
  const records = rows.map((r) => r.record);
  const stored = await loadStored(request.db, table, records as never[]);
  diffRecords(table, records as never[], stored).forEach((change, i) => {
    if (change.type !== 'update') return;
    const status = stored.get(change.key)?.status;
    if (status !== 'submitted' && status !== 'approved') return;
    result.lockedCount++;
    if (result.locked.length >= request.maxDetails) return;
    const r = rows[i]!;
    result.locked.push({
      file: source.file,
      ...(r.sheet === null ? {} : { sheet: r.sheet }),
      row: r.row,
      field: 'status',
      value: status,
      expected: { zh: '草稿或已退回的数据（已报送或已审核的数据须经审核流程修改）', en: 'a draft or returned value (submitted and approved values change through the workflow)' },
      message: {
        zh: `第${r.row}行：将修改${status === 'approved' ? '已审核锁定' : '已报送待审'}的数据`,
        en: `row ${r.row}: would change a value that is ${status === 'approved' ? 'approved and locked' : 'submitted for approval'}`,
      },
    });
  });
}
