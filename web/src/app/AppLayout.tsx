/**
 * The frame of every page: the side menu, the header (plan title, language switch, user),
 * the demo-data banner, and the page itself in a landmark a keyboard user can skip to.
 */
import { GlobalOutlined, LoginOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Layout, Menu, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { DemoBanner } from '../components/DemoBanner.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { useLang } from '../i18n/use-lang.ts';
import { ROLE_LABELS } from './role-labels.ts';
import { useSession } from './session.tsx';
import { useSettings } from './settings.ts';
import { useLanguageSwitch } from './LocaleProvider.tsx';
import { visibleNavItems } from './navigation.tsx';

const { Header, Sider, Content, Footer } = Layout;

function selectedKey(pathname: string, paths: string[]): string[] {
  const match = paths.filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`))).sort((a, b) => b.length - a.length)[0];
  return match ? [match] : [];
}

export function AppLayout() {
  const { t } = useTranslation();
  const { text } = useLang();
  const { user, logout } = useSession();
  const settings = useSettings();
  const location = useLocation();
  const navigate = useNavigate();
  const switchLanguage = useLanguageSwitch();
  const [collapsed, setCollapsed] = useState(false);
  const items = visibleNavItems(user, settings.data?.publicPortal ?? false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('skip.toContent')}
      </a>
      <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={208} theme="dark">
        <Link to="/" className="brand" aria-label={t('appName')}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {collapsed ? null : <span>{t('appShort')}</span>}
        </Link>
        <nav aria-label={t('appShort')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selectedKey(location.pathname, items.map((i) => i.path))}
            items={items.map((item) => ({ key: item.path, icon: item.icon, label: <Link to={item.path}>{t(item.key)}</Link> }))}
          />
        </nav>
      </Sider>
      <Layout>
        <Header className="app-header">
          <Typography.Text strong ellipsis style={{ fontSize: 16, flex: 1, minWidth: 0 }}>
            {settings.data ? text(settings.data.plan.title) : t('appName')}
          </Typography.Text>
          <Flex gap={8} align="center">
            {settings.data?.demoData ? <Tag color="orange">{t('demo.bannerShort')}</Tag> : null}
            <Button icon={<GlobalOutlined />} onClick={switchLanguage} aria-label={t('lang.switchLabel')} data-testid="lang-switch">
              {t('lang.switch')}
            </Button>
            {user ? (
              <Dropdown
                menu={{
                  items: [
                    { key: 'tokens', label: t('user.tokens'), onClick: () => void navigate('/account/tokens') },
                    { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), onClick: () => void logout().then(() => navigate('/login')) },
                  ],
                }}
              >
                <Button icon={<UserOutlined />} data-testid="user-menu">
                  {user.displayName || user.username} · {text(ROLE_LABELS[user.role])}
                </Button>
              </Dropdown>
            ) : (
              <Button type="primary" icon={<LoginOutlined />} onClick={() => void navigate('/login')}>
                {t('user.login')}
              </Button>
            )}
          </Flex>
        </Header>
        <DemoBanner />
        <Content id="main" tabIndex={-1} style={{ padding: 24 }}>
          <Suspense fallback={<QueryState query={{ data: undefined, error: null, isPending: true, refetch: () => undefined }}>{() => null}</QueryState>}>
            <Outlet />
          </Suspense>
        </Content>
        <Footer style={{ textAlign: 'center', color: '#8c8c8c' }}>
          {t('footer.text')} {settings.data ? `· v${settings.data.version}` : null}
        </Footer>
      </Layout>
    </Layout>
  );
}
