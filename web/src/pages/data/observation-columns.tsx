/**
 * What the tables of values share (the approval queue, the approved values, one's own
 * submissions): the series with its place and period, the value in its unit, and the button
 * that opens a value's history — so the three say the same thing the same way.
 */
import { HistoryOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Observation } from '../../api/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { dataNs } from './messages.ts';
import { placeLabel } from './places.ts';
import { formatInUnit } from './unit-format.ts';
import type { DataPlan } from './use-data-plan.ts';

type Column = ColumnType<Observation>;

const widthOf = (width: number | undefined) => (width === undefined ? {} : { width });

export function useObservationColumns(plan: DataPlan, onHistory: (o: Observation) => void) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text, lang } = useLang();
  const seriesName = (o: Observation) => text(plan.seriesName(o.indicatorId));
  const targetMark = (o: Observation) => (o.kind === 'target' ? ` · ${t('kind.target')}` : '');
  const valueText = (o: Observation) => formatInUnit(o.value, plan.seriesById.get(o.indicatorId)?.unit, lang);
  return {
    /** The series in bold; its place and period (and whether it is a target) beneath. */
    seriesWithPlace: (width?: number): Column => ({
      title: t('col.series'),
      key: 'series',
      ...widthOf(width),
      render: (_, o) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{seriesName(o)}</Typography.Text>
          <Typography.Text type="secondary">
            {placeLabel(o, plan.names, text)} · {o.period}
            {targetMark(o)}
          </Typography.Text>
        </Flex>
      ),
    }),
    /** The series on one line, for a table with a column of its own for the place. */
    series: (): Column => ({ title: t('col.series'), key: 'series', render: (_, o) => seriesName(o) + targetMark(o) }),
    place: (): Column => ({ title: t('common:field.region'), key: 'place', render: (_, o) => placeLabel(o, plan.names, text) }),
    value: (width: number, strong = false): Column => ({
      title: t('common:field.value'),
      key: 'value',
      width,
      render: (_, o) => (strong ? <Typography.Text strong>{valueText(o)}</Typography.Text> : valueText(o)),
    }),
    /** The last button of a row's actions. */
    historyButton: (o: Observation) => <Button size="small" type="text" icon={<HistoryOutlined />} aria-label={t('history.open')} onClick={() => onHistory(o)} />,
  };
}
