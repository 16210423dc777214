/** Sign-in: username and password; an error shows the API's own words (wrong password, locked, too many tries). */
import { GlobalOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLanguageSwitch } from '../../app/LocaleProvider.tsx';
import { useSession } from '../../app/session.tsx';
import { useSettings } from '../../app/settings.ts';
import { DemoBanner } from '../../components/DemoBanner.tsx';
import { errorText } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { loginNs } from './messages.ts';

export function LoginPage() {
  const { t } = useTranslation([loginNs, 'common']);
  const { text } = useLang();
  const { login } = useSession();
  const settings = useSettings();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const switchLanguage = useLanguageSwitch();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

  async function onFinish(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      await login(values.username, values.password);
      await navigate(target, { replace: true });
    } catch (e) {
      setError(errorText(e, text));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div style={{ minHeight: '100vh', background: 'linear-gradient(135deg, #001529 0%, #0958d9 100%)' }}>
      <DemoBanner />
      <Flex justify="center" align="center" style={{ minHeight: '90vh', padding: 16 }}>
        <Card style={{ width: 400, maxWidth: '100%' }}>
          <Flex justify="space-between" align="center">
            <img src="/favicon.svg" alt="" width={36} height={36} />
            <Button size="small" icon={<GlobalOutlined />} onClick={switchLanguage} aria-label={t('common:lang.switchLabel')} data-testid="lang-switch">
              {t('common:lang.switch')}
            </Button>
          </Flex>
          <Typography.Title level={1} style={{ fontSize: 22, marginTop: 12 }}>
            {t('common:appName')}
          </Typography.Title>
          {settings.data ? <Typography.Paragraph type="secondary">{text(settings.data.plan.title)}</Typography.Paragraph> : null}
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="login-error" /> : null}
          <Form layout="vertical" onFinish={(values: { username: string; password: string }) => void onFinish(values)} requiredMark={false}>
            <Form.Item label={t('username')} name="username" rules={[{ required: true, message: t('usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus id="username" />
            </Form.Item>
            <Form.Item label={t('password')} name="password" rules={[{ required: true, message: t('passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
              {t('submit')}
            </Button>
          </Form>
          {settings.data?.demoData ? <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>{t('demoHint')}</Typography.Paragraph> : null}
          {settings.data?.publicPortal ? <Link to="/">{t('publicPortal')}</Link> : null}
        </Card>
      </Flex>
    </div>
  );
}
