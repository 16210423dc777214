/** Every user's API tokens (revoke any), and a new token for a chosen user, shown once. */
import { Card, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Token } from '../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useTokens, useUsers } from './admin-queries.ts';
import { adminNs } from './messages.ts';
import { SecretOnceModal, type Secret } from './SecretOnceModal.tsx';
import { TokenCreateForm } from './TokenCreateForm.tsx';
import { TokenTable } from './TokenTable.tsx';

export function TokensTab() {
  const { t } = useTranslation(adminNs);
  const users = useUsers();
  const tokens = useTokens();
  const [secret, setSecret] = useState<Secret | null>(null);
  const userById = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u])), [users.data]);

  const owner = (token: Token) => {
    const user = userById.get(token.userId);
    return user ? (
      <span>
        {user.displayName} <Typography.Text type="secondary" code>{user.username}</Typography.Text>
      </span>
    ) : (
      `#${token.userId}`
    );
  };

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('createTokenFor')}>
        <TokenCreateForm
          users={users.data ?? []}
          onCreated={(created) => setSecret({ title: t('tokenOnceTitle', { name: created.apiToken.name }), text: t('tokenOnceText'), value: created.token })}
        />
      </Card>
      <QueryState query={tokens}>{(items) => <TokenTable tokens={items} caption={t('tokensCaption')} ownerOf={owner} />}</QueryState>
      <SecretOnceModal secret={secret} onClose={() => setSecret(null)} />
    </Flex>
  );
}
