/** The evaluation year, a labelled select (newest first). Shared by the industry and map pages. */
import { Flex, Select, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { industryNs } from './messages.ts';

export function YearSelect({ year, years, onChange }: { year: number | undefined; years: number[]; onChange: (year: number) => void }) {
  const { t } = useTranslation([industryNs, 'common']);
  const id = useId();
  return (
    <Flex gap={8} align="center">
      <Typography.Text id={id}>{t('controls.year')}</Typography.Text>
      <Select
        aria-labelledby={id}
        value={year}
        onChange={onChange}
        style={{ width: 112 }}
        options={[...years].reverse().map((y) => ({ value: y, label: t('controls.yearOption', { year: y }) }))}
        data-testid="year-select"
      />
    </Flex>
  );
}
