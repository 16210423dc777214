/**
 * The store's refusals of an observation write, as the catalogue's errors: a missing value
 * is 404, an approved one 423 `locked`, a step the status does not allow 409 `conflict`
 * naming the current status, a missing reason 400 naming the field `reason`.
 */
import type { WorkflowAction } from '../../records/observation-workflow.ts';
import type { ObservationRow } from '../../store/database-schema.ts';
import type { WriteRefusal } from '../../store/observation-writes.ts';
import { ApiError, errors, type ErrorDetail, type Text } from '../errors.ts';

const OBSERVATION: Text = { zh: '监测数据', en: 'observation' };

export function observationNotFound(id: number): ApiError {
  return errors.notFound(OBSERVATION, [{ field: 'id', value: id }]);
}

/** The statuses from which each step may be taken, for the `expected` of a refusal. */
const ALLOWED_FROM: Record<WorkflowAction | 'edit', Text> = {
  edit: { zh: '草稿或已退回的数据', en: 'a draft or a returned value' },
  submit: { zh: '草稿或已退回的数据', en: 'a draft or a returned value' },
  'approve-region': { zh: '已报送、尚未经市县审核的园区数据', en: 'submitted park data not yet approved by its region' },
  approve: { zh: '已报送的数据', en: 'a submitted value' },
  return: { zh: '已报送的数据', en: 'a submitted value' },
  reopen: { zh: '已审核通过的数据', en: 'an approved value' },
};

function statusDetail(row: ObservationRow | undefined, step: WorkflowAction | 'edit'): ErrorDetail[] {
  return row ? [{ field: 'status', value: row.status, expected: ALLOWED_FROM[step] }] : [];
}

export function refusalError(refusal: WriteRefusal, id: number, step: WorkflowAction | 'edit', row?: ObservationRow): ApiError {
  switch (refusal) {
    case 'not_found':
      return observationNotFound(id);
    case 'locked':
      return new ApiError(
        'locked',
        { zh: '数据已审核通过并锁定；如需修改，请省级人员说明原因后重新打开', en: 'The value is approved and locked: a province-level user must reopen it, with a reason, before it can change' },
        statusDetail(row, step),
      );
    case 'reason_required':
      return errors.validationFailed([{ field: 'reason', expected: { zh: '退回或重新打开的原因', en: 'the reason for returning or reopening' } }], {
        zh: '请填写原因',
        en: 'A reason is required',
      });
    case 'region_approval_first':
      return errors.conflict(
        [{ field: 'regionApproved', value: false, expected: { zh: '园区数据先经所在市县审核', en: 'park data approved by its region first' } }, ...statusDetail(row, step)],
        { zh: '园区数据须先经所在市县审核，省级才能审核', en: 'Park data must be approved by its region before the province approves it' },
      );
    case 'exists':
      return errors.conflict(
        [{ field: 'id', value: row?.id ?? null, expected: { zh: '修改已有的这条数据', en: 'edit the existing value instead' } }, ...statusDetail(row, 'edit')],
        { zh: '同一指标、地区、园区、期间和类型的数据已存在', en: 'A value for this indicator, region, park, period and kind already exists' },
      );
    case 'not_editable':
    case 'invalid_transition':
      return errors.conflict(statusDetail(row, step), {
        zh: `当前状态（${row?.status ?? '未知'}）不允许此操作`,
        en: `Not allowed in the current status (${row?.status ?? 'unknown'})`,
      });
  }
}
