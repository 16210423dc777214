/** An observation: one value of one indicator (or statistic) for one region or park and period. */
import type { RecordKind } from './field-spec.ts';

export const observationStatuses = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ObservationStatus = (typeof observationStatuses)[number];

export const originKinds = ['form', 'import', 'api', 'demo'] as const;
export type OriginKind = (typeof originKinds)[number];

/**
 * What an observation holds. For an assigned target (完成下达目标) the yearly assigned value is
 * entered with `kind: 'target'`; the achieved value with `kind: 'actual'` (the default).
 */
export interface ObservationInput {
  seriesId: string;
  regionCode: string;
  /** A park inside the region, or null for the region as a whole. */
  parkId: string | null;
  /** `2027` or `2027Q3`. */
  period: string;
  kind: 'actual' | 'target';
  value: number;
  note: string | null;
}

/** An observation read from a file or form, with the row it came from (null when not from a file). */
export interface ObservationRecord extends ObservationInput {
  originRow: number | null;
}

export const observationKind: RecordKind = {
  id: 'observations',
  name: { zh: '指标监测数据', en: 'Observations' },
  naturalKey: ['indicator', 'region', 'park', 'year', 'kind'],
  fields: [
    {
      key: 'indicator',
      label: { zh: '指标', en: 'Indicator' },
      aliases: ['指标名称', '指标代码', 'indicator_id', 'series'],
      type: 'series',
      required: true,
      description: { zh: '指标或统计量的代码或规划中的名称', en: 'Indicator or statistic id, or its name in the plan' },
    },
    {
      key: 'region',
      label: { zh: '市县', en: 'Region' },
      aliases: ['地区', '区划代码', '市县代码', 'region_code'],
      type: 'region',
      required: false,
      description: { zh: '区划代码或名称；留空表示全省', en: 'Region code or name; empty for the province' },
    },
    {
      key: 'park',
      label: { zh: '园区', en: 'Park' },
      aliases: ['园区名称', 'park_id'],
      type: 'park',
      required: false,
    },
    { key: 'year', label: { zh: '年份', en: 'Year' }, aliases: ['年度', '期间', 'period'], type: 'period', required: true },
    {
      key: 'value',
      label: { zh: '数值', en: 'Value' },
      aliases: ['值', '实际值', '监测值'],
      type: 'number',
      required: true,
    },
    {
      key: 'kind',
      label: { zh: '数据类型', en: 'Kind' },
      aliases: ['类型'],
      type: 'enum',
      required: false,
      values: [
        { value: 'actual', label: { zh: '实际值', en: 'actual' } },
        { value: 'target', label: { zh: '下达目标', en: 'assigned target' } },
      ],
    },
    { key: 'note', label: { zh: '备注', en: 'Note' }, aliases: ['说明'], type: 'string', required: false },
  ],
};
