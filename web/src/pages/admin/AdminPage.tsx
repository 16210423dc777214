/**
 * 系统管理 — administrators only: accounts, everyone's API tokens, the public-portal switch
 * and the region boundaries for the map. The open tab is in the address (?tab=…), so a link
 * or a reload lands on it.
 */
import { ApiOutlined, EnvironmentOutlined, GlobalOutlined, TeamOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { BoundariesTab } from './BoundariesTab.tsx';
import { adminNs } from './messages.ts';
import { PortalTab } from './PortalTab.tsx';
import { TokensTab } from './TokensTab.tsx';
import { UsersTab } from './UsersTab.tsx';

const TABS = ['users', 'tokens', 'portal', 'boundaries'] as const;
type TabKey = (typeof TABS)[number];

export function AdminPage() {
  const { t } = useTranslation(adminNs);
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: TabKey = TABS.includes(asked as TabKey) ? (asked as TabKey) : 'users';

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'users', label: t('tab.users'), icon: <TeamOutlined />, children: <UsersTab /> },
          { key: 'tokens', label: t('tab.tokens'), icon: <ApiOutlined />, children: <TokensTab /> },
          { key: 'portal', label: t('tab.portal'), icon: <GlobalOutlined />, children: <PortalTab /> },
          { key: 'boundaries', label: t('tab.boundaries'), icon: <EnvironmentOutlined />, children: <BoundariesTab /> },
        ]}
      />
    </>
  );
}
