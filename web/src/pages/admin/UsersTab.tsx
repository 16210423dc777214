/**
 * Every account: who, which role and scope, whether it can log in (disabled, locked after
 * failed logins). Create and edit in a form; disable/enable and reset the password here,
 * each after a confirmation; a generated password is shown once.
 */
import { EditOutlined, KeyOutlined, LockOutlined, PlusOutlined, StopOutlined, UnlockOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_POLICIES } from '../../../../src/server/policy/roles.ts';
import { apiSend } from '../../api/client.ts';
import { usePlanParks, usePlanRegions } from '../../api/queries.ts';
import type { User, UserWithPassword } from '../../api/types.ts';
import { ROLE_LABELS } from '../../app/role-labels.ts';
import { useSession, type Role } from '../../app/session.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useRowWrite } from '../../components/use-row-write.ts';
import { formatTime } from '../../format/date-time.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { USERS_KEY, useUsers } from './admin-queries.ts';
import { adminNs } from './messages.ts';
import { SecretOnceModal, type Secret } from './SecretOnceModal.tsx';
import { UserFormModal } from './UserFormModal.tsx';

const ROLE_COLOR: Record<Role, string> = {
  admin: 'red',
  'province-analyst': 'blue',
  'region-officer': 'green',
  'park-officer': 'cyan',
  enterprise: 'purple',
  viewer: 'default',
};

export function UsersTab() {
  const { t } = useTranslation([adminNs, 'common']);
  const { text } = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const users = useUsers();
  const { user: me } = useSession();
  const regions = usePlanRegions();
  const parks = usePlanParks();
  const [search, setSearch] = useState('');
  const [roleFilter, setRoleFilter] = useState<Role | 'all'>('all');
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const [secret, setSecret] = useState<Secret | null>(null);
  const { busy, run } = useRowWrite<number>();

  const regionName = useMemo(() => new Map((regions.data ?? []).map((r) => [r.code, text(r.name)])), [regions.data, text]);
  const parkName = useMemo(() => new Map((parks.data ?? []).map((p) => [p.id, text(p.name)])), [parks.data, text]);

  function scopeOf(user: User): string {
    switch (ROLE_POLICIES[user.role].scope) {
      case 'regions':
        return t('scopeRegions', { regions: user.regions.map((c) => regionName.get(c) ?? c).join('、') });
      case 'park':
        return t('scopePark', { park: user.parkId ? (parkName.get(user.parkId) ?? user.parkId) : '—' });
      case 'credit-code':
        return t('scopeEnterprise', { code: user.creditCode ?? '—' });
      default:
        return t('scopeNone');
    }
  }

  const patch = (user: User, body: object, done: (saved: UserWithPassword) => void) =>
    run(user.id, async () => {
      done(await apiSend<UserWithPassword>('PATCH', `/api/users/${user.id}`, body));
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
    });

  const columns: ColumnsType<User> = [
    {
      title: t('col.username'),
      dataIndex: 'username',
      sorter: (a, b) => a.username.localeCompare(b.username),
      render: (username: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {username}
        </Typography.Text>
      ),
    },
    { title: t('col.displayName'), dataIndex: 'displayName' },
    {
      title: t('col.role'),
      dataIndex: 'role',
      render: (role: Role) => <Tag color={ROLE_COLOR[role]}>{text(ROLE_LABELS[role])}</Tag>,
    },
    { title: t('col.scope'), key: 'scope', render: (_, user) => <Typography.Text style={{ fontSize: 13 }}>{scopeOf(user)}</Typography.Text> },
    {
      title: t('col.state'),
      key: 'state',
      render: (_, user) => (
        <Space size={4} orientation="vertical">
          {user.disabled ? (
            <Tag icon={<StopOutlined />} color="default">{t('stateDisabled')}</Tag>
          ) : (
            <Tag icon={<CheckCircleOutlined />} color="success">{t('stateEnabled')}</Tag>
          )}
          {user.lockedUntil ? (
            <Tooltip title={t('lockedHint')}>
              <Tag icon={<LockOutlined />} color="warning" data-testid={`locked-${user.username}`}>
                {t('stateLocked', { until: formatTime(user.lockedUntil) })}
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    { title: t('col.updatedAt'), dataIndex: 'updatedAt', render: (iso: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(iso)}</span>, sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt) },
    {
      title: t('col.actions'),
      key: 'actions',
      render: (_, user) => (
        <Space size={0} aria-label={t('actionsFor', { username: user.username })}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(user)} data-testid={`edit-${user.username}`}>
            {t('edit')}
          </Button>
          {/* Nobody disables their own account from here (and locks themselves out). */}
          {user.id === me?.id ? null : (
            <Popconfirm
              title={user.disabled ? t('confirmEnable', { username: user.username }) : t('confirmDisable', { username: user.username })}
              onConfirm={() =>
                patch(user, { disabled: !user.disabled }, () => void message.success(t(user.disabled ? 'enabledDone' : 'disabledDone', { username: user.username })))
              }
            >
              <Button type="link" size="small" danger={!user.disabled} icon={user.disabled ? <UnlockOutlined /> : <StopOutlined />} loading={busy === user.id} data-testid={`toggle-${user.username}`}>
                {user.disabled ? t('enable') : t('disable')}
              </Button>
            </Popconfirm>
          )}
          <Popconfirm
            title={t('confirmReset', { username: user.username })}
            onConfirm={() =>
              patch(user, { resetPassword: true }, (saved) => {
                if (saved.password) setSecret({ title: t('passwordOnceTitle', { username: user.username }), text: t('passwordOnceText'), value: saved.password });
              })
            }
          >
            <Button type="link" size="small" icon={<KeyOutlined />} data-testid={`reset-${user.username}`}>
              {t('resetPassword')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search allowClear placeholder={t('searchUsers')} aria-label={t('searchUsers')} onChange={(e) => setSearch(e.target.value)} style={{ width: 240 }} />
          <Select
            style={{ width: 180 }}
            value={roleFilter}
            onChange={setRoleFilter}
            aria-label={t('filterRole')}
            options={[{ value: 'all', label: t('allRoles') }, ...Object.keys(ROLE_POLICIES).map((r) => ({ value: r, label: text(ROLE_LABELS[r as Role]) }))]}
          />
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="create-user">
          {t('createUser')}
        </Button>
      </Flex>
      <QueryState query={users}>
        {(items) => {
          const needle = search.trim().toLowerCase();
          const rows = items.filter(
            (u) => (roleFilter === 'all' || u.role === roleFilter) && (needle === '' || u.username.includes(needle) || u.displayName.toLowerCase().includes(needle)),
          );
          return (
            <Table<User>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              caption={<Typography.Text type="secondary">{`${t('usersCaption')} · ${t('usersCount', { count: rows.length })}`}</Typography.Text>}
              data-testid="users-table"
              scroll={{ x: 1180 }}
            />
          );
        }}
      </QueryState>
      <UserFormModal
        open={editing !== undefined}
        user={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={(saved, created) => {
          setEditing(undefined);
          void queryClient.invalidateQueries({ queryKey: USERS_KEY });
          void message.success(t(created ? 'createdUser' : 'savedUser', { username: saved.user.username }));
          if (saved.password) setSecret({ title: t('passwordOnceTitle', { username: saved.user.username }), text: t('passwordOnceText'), value: saved.password });
        }}
      />
      <SecretOnceModal secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}
