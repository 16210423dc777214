/**
 * API tokens: name, (owner), scopes, when created, expires and last used, whether it still
 * works — and revoke, after a confirmation. Revoked and expired ones are hidden unless asked.
 */
import { CheckCircleOutlined, ClockCircleOutlined, DeleteOutlined, StopOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client.ts';
import type { Token } from '../../api/types.ts';
import { useRowWrite } from '../../components/use-row-write.ts';
import { formatTime } from '../../format/date-time.ts';
import { TOKENS_KEY } from './admin-queries.ts';
import { adminNs } from './messages.ts';
import { sortTokens, tokenStatus, type TokenStatus } from './token-status.ts';

const STATUS_TAG: Record<TokenStatus, { color: string; icon: ReactNode }> = {
  active: { color: 'success', icon: <CheckCircleOutlined /> },
  expired: { color: 'warning', icon: <ClockCircleOutlined /> },
  revoked: { color: 'default', icon: <StopOutlined /> },
};

export interface TokenTableProps {
  tokens: Token[];
  caption: string;
  /** Shown for an administrator's list of everyone's tokens. */
  ownerOf?: (token: Token) => ReactNode;
}

export function TokenTable({ tokens, caption, ownerOf }: TokenTableProps) {
  const { t } = useTranslation(adminNs);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [showAll, setShowAll] = useState(false);
  const { busy, run } = useRowWrite<number>();
  const now = new Date();
  const rows = sortTokens(tokens, now).filter((token) => showAll || tokenStatus(token, now) === 'active');

  const revoke = (token: Token) =>
    run(token.id, async () => {
      await apiSend('DELETE', `/api/tokens/${token.id}`);
      void message.success(t('revokedDone', { name: token.name }));
      await queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
    });

  const columns: ColumnsType<Token> = [
    { title: t('token.name'), dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    ...(ownerOf ? [{ title: t('token.user'), key: 'user', render: (_: unknown, token: Token) => ownerOf(token) }] : []),
    {
      title: t('token.scopes'),
      dataIndex: 'scopes',
      render: (scopes: Token['scopes']) => (scopes.includes('write') ? <Tag color="orange">{t('token.write')}</Tag> : <Tag>{t('token.read')}</Tag>),
    },
    {
      title: t('token.status'),
      key: 'status',
      render: (_, token) => {
        const status = tokenStatus(token, now);
        return (
          <Tag color={STATUS_TAG[status].color} icon={STATUS_TAG[status].icon} data-status={status}>
            {t(`token.${status}`)}
          </Tag>
        );
      },
    },
    { title: t('token.createdAt'), dataIndex: 'createdAt', render: (iso: string) => formatTime(iso) },
    { title: t('token.expiresAt'), dataIndex: 'expiresAt', render: (iso: string | null) => formatTime(iso, t('token.never')) },
    { title: t('token.lastUsedAt'), dataIndex: 'lastUsedAt', render: (iso: string | null) => (iso ? formatTime(iso) : <Typography.Text type="secondary">{t('token.neverUsed')}</Typography.Text>) },
    {
      title: '',
      key: 'actions',
      render: (_, token) =>
        tokenStatus(token, now) === 'revoked' ? null : (
          <Popconfirm title={t('confirmRevoke', { name: token.name })} onConfirm={() => revoke(token)} okButtonProps={{ danger: true }}>
            <Button type="link" danger size="small" icon={<DeleteOutlined />} loading={busy === token.id} aria-label={`${t('revoke')} ${token.name}`} data-testid={`revoke-${token.id}`}>
              {t('revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <Checkbox checked={showAll} onChange={(e) => setShowAll(e.target.checked)} style={{ marginBottom: 8 }}>
        {t('showRevoked')}
      </Checkbox>
      <Table<Token>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('tokensEmpty') }}
        caption={<Typography.Text type="secondary">{caption}</Typography.Text>}
        data-testid="tokens-table"
        scroll={{ x: 900 }}
      />
    </>
  );
}
