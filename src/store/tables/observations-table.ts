/** Observations keyed by (plan, series, region, park, period, kind). */
import type { ObservationRecord, ObservationStatus, OriginKind } from '../../records/observation.ts';
import type { ChangeContext } from '../actor.ts';
import type { RecordTable } from '../record-sync.ts';

export interface ObservationTableOptions {
  planId: string;
  planVersionId: number;
  unitOf(seriesId: string): string;
  status: ObservationStatus;
  originKind: OriginKind;
  originFile: string | null;
  isDemo: boolean;
}

export function parsePeriod(period: string): { year: number; quarter: number | null } {
  const match = /^(\d{4})(?:Q([1-4]))?$/.exec(period);
  if (!match) throw new RangeError(`a period is YYYY or YYYYQn, got ${JSON.stringify(period)}`);
  return { year: Number(match[1]), quarter: match[2] ? Number(match[2]) : null };
}

export function observationTable(options: ObservationTableOptions): RecordTable<ObservationRecord> {
  return {
    entity: 'observation',
    table: 'observations',
    keyColumns: ['planId', 'seriesId', 'regionCode', 'parkId', 'period', 'kind'],
    lookupColumn: 'seriesId',
    key: (r) => ({
      planId: options.planId,
      seriesId: r.seriesId,
      regionCode: r.regionCode,
      parkId: r.parkId ?? '',
      period: r.period,
      kind: r.kind,
    }),
    values: (r) => ({ value: r.value, note: r.note }),
    onInsert: (r, ctx: ChangeContext) => {
      const { year, quarter } = parsePeriod(r.period);
      const approved = options.status === 'approved';
      const submitted = approved || options.status === 'submitted';
      return {
        planVersionId: options.planVersionId,
        year,
        quarter,
        unit: options.unitOf(r.seriesId),
        status: options.status,
        originKind: options.originKind,
        originFile: options.originFile,
        originRow: r.originRow,
        isDemo: options.isDemo ? 1 : 0,
        createdBy: ctx.actor,
        createdAt: ctx.at,
        updatedBy: ctx.actor,
        updatedAt: ctx.at,
        submittedBy: submitted ? ctx.actor : null,
        submittedAt: submitted ? ctx.at : null,
        approvedBy: approved ? ctx.actor : null,
        approvedAt: approved ? ctx.at : null,
      };
    },
    onUpdate: (r, ctx) => ({
      planVersionId: options.planVersionId,
      originKind: options.originKind,
      originFile: options.originFile,
      originRow: r.originRow,
      updatedBy: ctx.actor,
      updatedAt: ctx.at,
    }),
  };
}
