/**
 * An observation and its audit trail as the API shows them, field by field: a column added
 * to the table reaches the API only when added here.
 */
import type { z } from 'zod';
import { isEditable } from '../../records/observation-workflow.ts';
import type { ObservationStatus, OriginKind } from '../../records/observation.ts';
import type { ObservationRow } from '../../store/database-schema.ts';
import type { HistoryItem } from '../../store/history.ts';
import type { historyEntrySchema, observationSchema } from '../schemas/observations-schemas.ts';

export function presentObservation(row: ObservationRow): z.infer<typeof observationSchema> {
  const status = row.status as ObservationStatus;
  return {
    id: row.id,
    planId: row.planId,
    indicatorId: row.seriesId,
    regionCode: row.regionCode,
    parkId: row.parkId === '' ? null : row.parkId,
    period: row.period,
    year: row.year,
    quarter: row.quarter,
    kind: row.kind,
    value: row.value,
    unit: row.unit,
    status,
    regionApproved: row.regionApprovedAt !== null,
    editable: isEditable(status),
    originKind: row.originKind as OriginKind,
    originFile: row.originFile,
    note: row.note,
    isDemo: row.isDemo === 1,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt,
    regionApprovedBy: row.regionApprovedBy,
    regionApprovedAt: row.regionApprovedAt,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt,
    returnedBy: row.returnedBy,
    returnedAt: row.returnedAt,
    returnReason: row.returnReason,
  };
}

/** One change of the audit trail: who, when, why, and each field's old → new value. */
export function presentHistoryEntry(item: HistoryItem): z.infer<typeof historyEntrySchema> {
  return {
    id: item.id,
    action: item.action,
    actor: item.actor,
    at: item.at,
    origin: item.origin,
    reason: item.reason,
    changes: Object.entries(item.changes).map(([field, [old, value]]) => ({ field, old, new: value })),
  };
}
