/**
 * 企业: the registry (searched and paged by the server), the tier funnel (梯度培育) and the
 * policy book. An enterprise account is taken to its own page; the funnel and the policies'
 * counts are for roles that read the whole province. Tab, filters and page live in the URL.
 */
import { Result, Tabs } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { can } from '../../app/abilities.ts';
import { usePlanNames } from '../../app/plan-names.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EnterpriseTable } from './EnterpriseTable.tsx';
import { funnelStateOf, paramsOf, tabOf, tableStateOf, type EnterpriseTab } from './enterprise-params.ts';
import { enterprisesNs } from './messages.ts';
import { PolicyBookTab } from './PolicyBookTab.tsx';
import { TierFunnelTab } from './TierFunnelTab.tsx';

export function EnterprisesPage() {
  const { t } = useTranslation([enterprisesNs, 'common']);
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const names = usePlanNames();
  const tab = tabOf(params);
  const table = useMemo(() => tableStateOf(params), [params]);
  const funnel = useMemo(() => funnelStateOf(params), [params]);
  const seesProvince = can(user, 'see-cultivation');

  if (user?.role === 'enterprise') {
    if (user.creditCode) return <Navigate to={`/enterprises/${user.creditCode}`} replace />;
    return <Result status="403" title="403" subTitle={t('own.noCreditCode')} />;
  }

  const go = (next: EnterpriseTab, state: Parameters<typeof paramsOf>[1] = {}) => setParams(paramsOf(next, state), { replace: next === tab });
  const items = [
    { key: 'table', label: t('tab.table'), children: <EnterpriseTable state={table} onChange={(s) => go('table', s)} names={names} /> },
    ...(seesProvince ? [{ key: 'funnel', label: t('tab.funnel'), children: <TierFunnelTab state={funnel} onChange={(s) => go('funnel', s)} names={names} /> }] : []),
    {
      key: 'policies',
      label: t('tab.policies'),
      children: <PolicyBookTab year={funnel.year} onYear={(year) => go('policies', { year })} showCounts={seesProvince} />,
    },
  ];
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Tabs activeKey={items.some((i) => i.key === tab) ? tab : 'table'} onChange={(key) => go(key as EnterpriseTab, { year: funnel.year })} items={items} destroyOnHidden />
    </>
  );
}
