/**
 * One enterprise: who it is, its annual figures and certificates, the cultivation checklist of
 * every tier (what holds, what is missing, the smallest change) and the support policies it
 * qualifies for without applying — for a year it chooses (figures up to that year, judged on
 * 31 December). An enterprise account sees its own page here.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Flex, Select, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { EnterpriseDetail } from '../../api/types.ts';
import { usePlanNames } from '../../app/plan-names.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { AnnualSection } from './AnnualSection.tsx';
import { CertificationsTable } from './CertificationsTable.tsx';
import { EnterpriseIdentity } from './EnterpriseIdentity.tsx';
import { enterprisesNs } from './messages.ts';
import { PolicyMatchesSection } from './PolicyMatchesSection.tsx';
import { TierChecklist } from './TierChecklist.tsx';
import { useCultivationYears } from './use-cultivation.ts';
import { useAssessment, useEnterprise, usePolicyMatches } from './use-enterprise.ts';
import { useValueLabels } from './use-value-labels.ts';

const sectionTitle = (title: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>;

function EnterpriseView({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { t } = useTranslation([enterprisesNs, 'common']);
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const names = usePlanNames();
  const labels = useValueLabels(names);
  const { years: planYears, fallback } = useCultivationYears();
  const dataYears = enterprise.annual.map((a) => a.year);
  const years = [...new Set([...dataYears, ...planYears])].sort((a, b) => a - b);
  const chosen = Number(params.get('year'));
  // Its own latest figures unless a year is chosen: judging a year it has no figures for says little.
  const year = years.includes(chosen) ? chosen : (dataYears.at(-1) ?? fallback);
  const assessment = useAssessment(enterprise.creditCode, year);
  const policies = usePolicyMatches(enterprise.creditCode, year);
  const own = user?.role === 'enterprise';

  return (
    <>
      <PageHeader
        back={
          own ? undefined : (
            <Link to="/enterprises" style={{ display: 'inline-block', marginBottom: 4 }}>
              <ArrowLeftOutlined /> {t('back')}
            </Link>
          )
        }
        title={enterprise.name}
        subtitle={
          <Flex gap={6} align="center" wrap>
            <Typography.Text type="secondary" code>
              {enterprise.creditCode}
            </Typography.Text>
            {enterprise.isDemo ? (
              <Tooltip title={t('demoHint')}>
                <Tag color="orange">{t('demo')}</Tag>
              </Tooltip>
            ) : null}
            {enterprise.listed ? <Tag>{t('listed')}</Tag> : null}
          </Flex>
        }
        extra={
          <Flex align="center" gap={8}>
            <label htmlFor="enterprise-year">{t('year.label')}</label>
            <Select
              id="enterprise-year"
              style={{ width: 100 }}
              value={year}
              onChange={(y: number) => setParams(y === dataYears.at(-1) ? {} : { year: String(y) }, { replace: true })}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              data-testid="enterprise-year"
            />
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card title={sectionTitle(t('section.identity'))}>
          <EnterpriseIdentity enterprise={enterprise} names={names} />
        </Card>
        <Card title={sectionTitle(t('section.annual'))}>
          <AnnualSection annual={enterprise.annual} />
        </Card>
        <Card title={sectionTitle(t('section.certs'))}>
          <CertificationsTable certifications={enterprise.certifications} at={enterprise.at} />
        </Card>
        <Card
          title={sectionTitle(t('section.checklist'))}
          extra={year !== undefined ? <Typography.Text type="secondary">{t('year.hint', { year, date: `${year}-12-31` })}</Typography.Text> : null}
        >
          <Typography.Paragraph type="secondary">{t('check.intro')}</Typography.Paragraph>
          <QueryState query={assessment}>{(data) => <TierChecklist assessments={data} labels={labels} />}</QueryState>
        </Card>
        <Card title={sectionTitle(t('section.policies'))}>
          <QueryState query={policies}>{(data) => <PolicyMatchesSection matches={data.matches} />}</QueryState>
        </Card>
      </Flex>
    </>
  );
}

export function EnterprisePage() {
  const { creditCode = '' } = useParams();
  const enterprise = useEnterprise(creditCode.toUpperCase());
  return <QueryState query={enterprise}>{(data) => <EnterpriseView enterprise={data} />}</QueryState>;
}
