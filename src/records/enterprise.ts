/** An enterprise of the registry, keyed by its unified social credit code. */
import type { RecordKind } from './field-spec.ts';

export const sizeClasses = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof sizeClasses)[number];

export interface EnterpriseInput {
  creditCode: string;
  name: string;
  regionCode: string;
  parkId: string | null;
  clusters: string[];
  segments: string[];
  foundedOn: string | null;
  sizeClass: SizeClass | null;
  listed: boolean;
}

export const enterpriseKind: RecordKind = {
  id: 'enterprises',
  name: { zh: '企业名录', en: 'Enterprises' },
  naturalKey: ['credit_code'],
  fields: [
    { key: 'credit_code', label: { zh: '统一社会信用代码', en: 'Credit code' }, aliases: ['信用代码', '社会信用代码'], type: 'credit-code', required: true },
    { key: 'name', label: { zh: '企业名称', en: 'Name' }, aliases: ['名称', '单位名称'], type: 'string', required: true },
    { key: 'region', label: { zh: '所在市县', en: 'Region' }, aliases: ['市县', '地区', '区划代码'], type: 'region', required: true },
    { key: 'park', label: { zh: '所在园区', en: 'Park' }, aliases: ['园区'], type: 'park', required: false },
    { key: 'clusters', label: { zh: '所属产业集群', en: 'Clusters' }, aliases: ['产业集群', '所属产业'], type: 'cluster-list', required: false },
    { key: 'segments', label: { zh: '细分领域', en: 'Segments' }, aliases: ['产业链环节'], type: 'segment-list', required: false },
    { key: 'founded_on', label: { zh: '成立日期', en: 'Founded' }, aliases: ['注册日期', '成立时间'], type: 'date', required: false },
    {
      key: 'size_class',
      label: { zh: '企业规模', en: 'Size class' },
      aliases: ['规模', '企业规模类型'],
      type: 'enum',
      required: false,
      values: [
        { value: 'large', label: { zh: '大型', en: 'large' } },
        { value: 'medium', label: { zh: '中型', en: 'medium' } },
        { value: 'small', label: { zh: '小型', en: 'small' } },
        { value: 'micro', label: { zh: '微型', en: 'micro' } },
      ],
    },
    { key: 'listed', label: { zh: '是否上市', en: 'Listed' }, aliases: ['上市'], type: 'boolean', required: false },
  ],
};
