/**
 * The policy book (GET /api/cultivation/policies): each support policy with its issuer, benefit,
 * validity, whether it is granted without application (免申即享) and the plan's words it carries
 * out — the shipped ones clearly labelled as examples — and, for readers of the whole province,
 * how many enterprises it matches at the end of the year.
 */
import { WarningOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyBook, PolicyCounts } from '../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { enterprisesNs } from './messages.ts';
import { YearPicker } from './TierFunnelTab.tsx';
import { useCultivationYears, usePolicyBook, usePolicyCounts } from './use-cultivation.ts';

type Policy = PolicyBook['policies'][number];
type Counts = PolicyCounts['policies'][number]['counts'];

const COUNT_KEYS = ['eligible', 'to-confirm', 'incomplete', 'not-eligible'] as const;
const COUNT_COLOR: Record<(typeof COUNT_KEYS)[number], string | undefined> = { eligible: '#389e0d', 'to-confirm': '#1677ff', incomplete: '#d48806', 'not-eligible': undefined };

function PolicyCard({ policy, counts, year }: { policy: Policy; counts: Counts | undefined; year: number | undefined }) {
  const { t } = useTranslation(enterprisesNs);
  const { text, lang } = useLang();
  return (
    <Card
      size="small"
      title={
        <Flex gap={6} align="center" wrap>
          <span style={{ whiteSpace: 'normal' }}>{text(policy.name)}</span>
        </Flex>
      }
      extra={
        <Flex gap={4}>
          {policy.example ? <Tag color="orange">{t('policies.example')}</Tag> : null}
          <Tag color={policy.autoGrant ? 'green' : 'default'}>{policy.autoGrant ? t('policies.autoGrant') : t('policies.apply')}</Tag>
        </Flex>
      }
      style={{ height: '100%' }}
      data-testid="policy-card"
    >
      {policy.notice ? (
        <Typography.Paragraph type="warning" style={{ fontSize: 12, marginBottom: 8 }}>
          <WarningOutlined aria-hidden /> {text(policy.notice)}
        </Typography.Paragraph>
      ) : null}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('policies.issuedBy')}>{text(policy.issuedBy)}</Descriptions.Item>
        <Descriptions.Item label={t('policies.benefit')}>{text(policy.benefit)}</Descriptions.Item>
        <Descriptions.Item label={t('policies.validity')}>
          {policy.validFrom} – {policy.validTo ?? t('policies.open')}
        </Descriptions.Item>
        {policy.basis ? (
          <Descriptions.Item label={t('policies.basis')}>
            <span lang="zh-CN">
              <Typography.Text type="secondary">{policy.basis.ref}</Typography.Text>
              {lang === 'zh' ? '：' : ': '}
              {policy.basis.quote}
            </span>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {counts ? (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 8 }}>
            {t('policies.counts', { year })}
          </Typography.Text>
          <Row gutter={8} data-testid="policy-counts">
            {COUNT_KEYS.map((key) => (
              <Col span={6} key={key}>
                <Statistic title={t(`policies.${key}`)} value={counts[key]} styles={{ content: { fontSize: 18, color: COUNT_COLOR[key] } }} />
              </Col>
            ))}
          </Row>
        </>
      ) : null}
    </Card>
  );
}

export function PolicyBookTab({ year: chosen, onYear, showCounts }: { year: number | undefined; onYear: (year: number) => void; showCounts: boolean }) {
  const { t } = useTranslation(enterprisesNs);
  const book = usePolicyBook();
  const { years, fallback } = useCultivationYears();
  const year = chosen ?? fallback;
  const counts = usePolicyCounts(year, showCounts);
  const countsOf = new Map((counts.data?.policies ?? []).map((p) => [p.policyId, p.counts]));
  return (
    <QueryState query={book}>
      {(data: PolicyBook) => (
        <>
          {data.policies.some((p) => p.example) ? (
            <Alert type="warning" showIcon title={t('policies.examplesTitle')} description={t('policies.examples')} style={{ marginBottom: 12 }} data-testid="policy-examples" />
          ) : null}
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
            {showCounts ? <YearPicker year={year} years={years} onChange={onYear} /> : <Typography.Text type="secondary">{t('policies.countsHidden')}</Typography.Text>}
            {counts.data ? <Typography.Text type="secondary">{t('policies.countsOf', { count: counts.data.enterprises })}</Typography.Text> : null}
          </Flex>
          <Row gutter={[12, 12]}>
            {data.policies.map((p) => (
              <Col key={p.id} xs={24} lg={12} xxl={8}>
                <PolicyCard policy={p} counts={countsOf.get(p.id)} year={year} />
              </Col>
            ))}
          </Row>
        </>
      )}
    </QueryState>
  );
}
