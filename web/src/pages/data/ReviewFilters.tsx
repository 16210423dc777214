/** The approval views' filters: a place and a series, each "all" while cleared. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { dataNs } from './messages.ts';
import type { DataPlan } from './use-data-plan.ts';

interface OneOrAllProps {
  label: string;
  /** Shown while nothing is chosen: "all regions". */
  all: string;
  minWidth: number;
  options: { value: string; label: string }[];
  value: string | null;
  onChange: (value: string | null) => void;
}

function OneOrAll({ label, all, minWidth, options, value, onChange }: OneOrAllProps) {
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={label}
      placeholder={all}
      style={{ minWidth }}
      value={value}
      onChange={(v: string | undefined) => onChange(v ?? null)}
      options={options}
    />
  );
}

interface FilterProps {
  plan: DataPlan;
  value: string | null;
  onChange: (value: string | null) => void;
}

export function PlaceFilter({ plan, codes, value, onChange }: FilterProps & { codes: readonly string[] }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const options = codes.map((code) => ({ value: code, label: text(plan.names.region(code)) }));
  return <OneOrAll label={t('common:field.region')} all={t('review.allRegions')} minWidth={180} options={options} value={value} onChange={onChange} />;
}

export function SeriesFilter({ plan, ids, value, onChange, minWidth }: FilterProps & { ids: readonly string[]; minWidth: number }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const options = ids.map((id) => ({ value: id, label: text(plan.seriesName(id)) }));
  return <OneOrAll label={t('col.series')} all={t('review.allSeries')} minWidth={minWidth} options={options} value={value} onChange={onChange} />;
}
