/**
 * What each open-data file holds, column by column, in both languages. The CSV columns are
 * the server's own header lists (src/server/presenters/public-presenter.ts); a test holds
 * this description and those lists equal, so a new column cannot go undocumented.
 */
import type { Text } from '../../api/text.ts';

export interface ColumnDoc {
  /** CSV column name (the JSON field path, where it differs, in `json`). */
  name: string;
  json?: string;
  type: 'text' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  description: Text;
}

export const INDICATOR_COLUMNS: ColumnDoc[] = [
  { name: 'id', type: 'text', description: { zh: '指标标识，与规划文件一致', en: 'Indicator id, as in the plan file' } },
  { name: 'name_zh', json: 'name.zh', type: 'text', description: { zh: '指标名称（中文，规划原文）', en: 'Indicator name in Chinese (the plan’s words)' } },
  { name: 'name_en', json: 'name.en', type: 'text', description: { zh: '指标名称（英文）', en: 'Indicator name in English' } },
  { name: 'category', type: 'text', description: { zh: '指标类别，如 scale 规模、cluster 集群、innovation 创新、green 绿色、market 市场主体', en: 'Category, e.g. scale, cluster, innovation, green, market (entities)' } },
  { name: 'unit', type: 'text', description: { zh: '单位标识，如 100m-cny 亿元、percent 百分比、count 个', en: 'Unit id, e.g. 100m-cny (100 million yuan), percent, count' } },
  { name: 'direction', type: 'text', description: { zh: '方向：increase 越大越好，decrease 越小越好', en: 'Direction: increase (higher is better) or decrease' } },
  { name: 'binding', type: 'boolean', description: { zh: 'true 为约束性指标，false 为预期性指标', en: 'true: binding (约束性); false: indicative (预期性)' } },
  { name: 'baseline_year', json: 'baseline.year', type: 'integer', description: { zh: '基期年份', en: 'Baseline year' } },
  { name: 'baseline_value', json: 'baseline.value', type: 'number', description: { zh: '基期值（规划给出的，或由目标与增速推算的）', en: 'Baseline value (stated by the plan, or derived from target and growth)' } },
  { name: 'target_year', json: 'target.year', type: 'integer', description: { zh: '目标年份', en: 'Target year' } },
  { name: 'target_value', json: 'target.value', type: 'number', description: { zh: '目标值（“完成下达目标”类指标为空）', en: 'Target value (empty for “meet the assigned target” indicators)' } },
  { name: 'target_kind', json: 'target.kind', type: 'text', description: { zh: '目标类型：at_least 以上/突破、approximately 左右、reach 达到、at_most 以下、assigned 完成下达目标', en: 'Target kind: at_least, approximately, reach, at_most, assigned' } },
  { name: 'latest_year', json: 'latest.year', type: 'integer', description: { zh: '最新已审核值的年份（全省）', en: 'Year of the latest approved value (province)' } },
  { name: 'latest_value', json: 'latest.value', type: 'number', description: { zh: '最新已审核值（全省）', en: 'Latest approved value (province)' } },
  { name: 'demo', json: 'latest.isDemo', type: 'boolean', description: { zh: 'true 表示最新值是演示数据，不是官方统计数据', en: 'true: the latest value is demo data, not official statistics' } },
];

export const OBSERVATION_COLUMNS: ColumnDoc[] = [
  { name: 'indicator', type: 'text', description: { zh: '指标或统计量标识（如 gdp）', en: 'Indicator or statistic id (e.g. gdp)' } },
  { name: 'region', type: 'text', description: { zh: '地区代码（GB/T 2260；460000 为全省）', en: 'Region code (GB/T 2260; 460000 is the province)' } },
  { name: 'park', type: 'text', description: { zh: '园区标识（园区填报的数据），否则为空', en: 'Park id (values entered for a park), else empty' } },
  { name: 'period', type: 'text', description: { zh: '期别：年度为 2027，季度为 2027Q3', en: 'Period: 2027 for a year, 2027Q3 for a quarter' } },
  { name: 'year', type: 'integer', description: { zh: '年份', en: 'Year' } },
  { name: 'quarter', type: 'integer', description: { zh: '季度（1–4），年度数据为空', en: 'Quarter (1–4), empty for a yearly value' } },
  { name: 'kind', type: 'text', description: { zh: 'actual 实际值；target 下达的年度目标值', en: 'actual: achieved value; target: the yearly assigned value' } },
  { name: 'value', type: 'number', description: { zh: '数值（按 unit 列的单位）', en: 'Value (in the unit of the unit column)' } },
  { name: 'unit', type: 'text', description: { zh: '单位标识', en: 'Unit id' } },
  { name: 'note', type: 'text', description: { zh: '填报说明', en: 'Note given with the value' } },
  { name: 'demo', json: 'isDemo', type: 'boolean', description: { zh: 'true 表示演示数据，不是官方统计数据', en: 'true: demo data, not official statistics' } },
];

/** The evaluation is a nested document (the CLI's JSON): its top-level fields. */
export const EVALUATION_FIELDS: ColumnDoc[] = [
  { name: 'plan', type: 'object', description: { zh: '规划标识与标题', en: 'The plan’s id and title' } },
  { name: 'year', type: 'integer', description: { zh: '评估年份（更晚的数据不计入）', en: 'Evaluation year (later values are ignored)' } },
  { name: 'baseYear', type: 'integer', description: { zh: '规划基期年份', en: 'The plan’s base year' } },
  { name: 'targetYear', type: 'integer', description: { zh: '规划目标年份', en: 'The plan’s target year' } },
  { name: 'settings', type: 'object', description: { zh: '评估口径（阈值、容差）', en: 'Evaluation settings (thresholds, tolerances)' } },
  {
    name: 'indicators',
    type: 'array',
    description: {
      zh: '每个指标一行（全省）：基期值、最新值、目标、完成进度、进度评估 status、时序进度 schedule、推算与说明',
      en: 'One row per indicator (province): baseline, latest value, target, completion, progress status, schedule, projection and explanation',
    },
  },
  { name: 'regional', type: 'array', description: { zh: '各市县的指标行（有市县数据时）', en: 'Rows per indicator and region (where regions report)' } },
  { name: 'regionalSums', type: 'array', description: { zh: '市县合计与全省值的核对', en: 'Regions’ sums checked against the province value' } },
  { name: 'summary', type: 'object', description: { zh: '按状态、类别、层级、极、地区的计数', en: 'Counts by status, category, tier, pole and region' } },
  { name: 'findings', type: 'array', description: { zh: '评估提示（如基期值偏差、市县合计不符）', en: 'Evaluation findings (e.g. baseline deviation, regions not adding up)' } },
];
