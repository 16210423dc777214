/** An assigned target (完成下达目标), year by year: the value assigned, the value achieved, met or not. */
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluatedIndicator } from '../../api/types.ts';
import { AssignedTag } from '../../components/AssignedTag.tsx';
import { formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { indicatorsNs } from './messages.ts';


export function AssignedYears({ row, unit }: { row: EvaluatedIndicator; unit: UnitLike | undefined }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { lang } = useLang();
  const assigned = row.assigned;
  if (!assigned) return null;
  return (
    <section aria-labelledby="assigned-heading">
      <Typography.Title level={3} id="assigned-heading" style={{ fontSize: 15 }}>
        {t('assigned.heading', { met: assigned.met, notMet: assigned.notMet })}
      </Typography.Title>
      <Table
        rowKey="year"
        size="small"
        pagination={false}
        dataSource={assigned.years}
        data-testid="assigned-years"
        columns={[
          { key: 'year', title: t('common:field.year'), dataIndex: 'year' },
          { key: 'assigned', title: t('assigned.assigned'), align: 'right', render: (_, y) => formatValue(y.assigned, unit, lang) },
          { key: 'actual', title: t('assigned.actual'), align: 'right', render: (_, y) => formatValue(y.actual, unit, lang) },
          {
            key: 'status',
            title: t('common:field.status'),
            render: (_, y) => <AssignedTag status={y.status} />,
          },
        ]}
      />
    </section>
  );
}
