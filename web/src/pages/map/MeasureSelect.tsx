/** The measure the map shows: any indicator the evaluation observes by region, or a count of enterprises or projects. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LabelledControl } from '../../components/LabelledControl.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import type { MeasureKey, MeasureOption } from './map-data.ts';
import { mapNs } from './messages.ts';

export function MeasureSelect({ options, value, onChange }: { options: MeasureOption[]; value: MeasureKey; onChange: (key: MeasureKey) => void }) {
  const { t } = useTranslation([mapNs, 'common']);
  const { text } = useLang();
  const group = (g: MeasureOption['group']) => ({
    label: t(`group.${g}`),
    title: t(`group.${g}`),
    options: options.filter((o) => o.group === g).map((o) => ({ value: o.key, label: text(o.name) })),
  });
  return (
    <LabelledControl label={t('controls.measure')}>
      {(labelId) => (
        <Select
          aria-labelledby={labelId}
          value={value}
          onChange={onChange}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 300 }}
          options={[group('indicator'), group('registry')]}
          data-testid="measure-select"
          popupMatchSelectWidth={360}
        />
      )}
    </LabelledControl>
  );
}
