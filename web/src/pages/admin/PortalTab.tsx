/**
 * The public-portal switch (PUT /api/settings/public-portal): what anonymous visitors then
 * see and never see, where the current setting comes from, and the way back to the
 * operator's default. Turning it on asks first: it publishes data to anyone.
 */
import { CheckCircleOutlined, GlobalOutlined, LockOutlined, StopOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client.ts';
import type { PublicPortalState, SettingsDocument } from '../../api/types.ts';
import { useSettings } from '../../app/settings.ts';
import { QueryState, errorText } from '../../components/QueryState.tsx';
import { formatTime } from '../../format/date-time.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { adminNs } from './messages.ts';

const VISITOR_PAGES = ['/', '/indicators', '/open-data'];

export function PortalTab() {
  const { t } = useTranslation(adminNs);
  const { text } = useLang();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<PublicPortalState | null>(null);

  async function set(enabled: boolean | null) {
    setBusy(true);
    try {
      const state = await apiSend<PublicPortalState>('PUT', '/api/settings/public-portal', { enabled });
      setLast(state);
      await queryClient.invalidateQueries({ queryKey: ['settings'] });
      void message.success(
        enabled === null ? t('portalRestored', { state: t(state.publicPortal ? 'portalOn' : 'portalOff') }) : t(state.publicPortal ? 'portalTurnedOn' : 'portalTurnedOff'),
      );
    } catch (error) {
      void message.error(errorText(error, text));
    } finally {
      setBusy(false);
    }
  }

  function toggle(on: boolean) {
    if (!on) return void set(false);
    modal.confirm({ title: t('portalConfirmOn'), icon: <GlobalOutlined />, onOk: () => set(true) });
  }

  return (
    <QueryState query={settings}>
      {(data) => {
        // AppSettings (app/settings.ts) does not list the source; the API sends it (SettingsDocument).
        const source = last?.publicPortalSource ?? (data as Partial<SettingsDocument>).publicPortalSource ?? 'default';
        const on = data.publicPortal;
        return (
          <Flex vertical gap={16}>
            <Card>
              <Flex align="center" gap={16} wrap>
                <Switch checked={on} loading={busy} onChange={toggle} aria-label={t('portalSwitch')} data-testid="portal-switch" />
                <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                  {t('portalTitle')}
                </Typography.Title>
                {on ? (
                  <Tag color="success" icon={<CheckCircleOutlined />} data-testid="portal-state">
                    {t('portalOn')}
                  </Tag>
                ) : (
                  <Tag icon={<StopOutlined />} data-testid="portal-state">
                    {t('portalOff')}
                  </Tag>
                )}
              </Flex>
              <Descriptions size="small" column={1} style={{ marginTop: 16 }}>
                <Descriptions.Item label={t('portalSource')}>
                  {t(source === 'admin' ? 'portalSourceAdmin' : 'portalSourceDefault')}
                  {last?.updatedBy && last.updatedAt ? ` · ${t('portalUpdated', { by: last.updatedBy, at: formatTime(last.updatedAt) })}` : ''}
                </Descriptions.Item>
                {on ? (
                  <Descriptions.Item label={t('portalOpen')}>
                    <Flex gap={12} wrap>
                      {VISITOR_PAGES.map((path) => (
                        <Typography.Text key={path} copyable code>
                          {`${window.location.origin}${path}`}
                        </Typography.Text>
                      ))}
                    </Flex>
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
              {source === 'admin' ? (
                <Button onClick={() => void set(null)} loading={busy} data-testid="portal-restore">
                  {t('portalRestore')}
                </Button>
              ) : null}
            </Card>
            <Card size="small">
              <Typography.Paragraph strong>
                <GlobalOutlined /> {t('portalExplain')}
              </Typography.Paragraph>
              <ul style={{ marginTop: 0 }}>
                <li>{t('portalSees1')}</li>
                <li>{t('portalSees2')}</li>
                <li>{t('portalSees3')}</li>
              </ul>
              <Typography.Paragraph>
                <LockOutlined /> {t('portalNever')}
              </Typography.Paragraph>
              <Alert type="info" showIcon title={t('portalDelay')} />
            </Card>
          </Flex>
        );
      }}
    </QueryState>
  );
}
