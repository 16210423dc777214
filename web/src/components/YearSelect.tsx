/** The evaluation year, a labelled select, newest first. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LabelledControl } from './LabelledControl.tsx';

export function YearSelect({ year, years, onChange }: { year: number | undefined; years: readonly number[]; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  return (
    <LabelledControl label={t('controls.year')}>
      {(labelId) => (
        <Select
          aria-labelledby={labelId}
          value={year}
          onChange={onChange}
          style={{ width: 112 }}
          options={[...years].sort((a, b) => b - a).map((y) => ({ value: y, label: t('controls.yearOption', { year: y }) }))}
          data-testid="year-select"
        />
      )}
    </LabelledControl>
  );
}
