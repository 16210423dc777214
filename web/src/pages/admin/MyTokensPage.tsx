/**
 * /account/tokens — any signed-in user's own API tokens: create one (shown once, with a
 * copy button), see when each was last used, revoke.
 */
import { ApiOutlined } from '@ant-design/icons';
import { Alert, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useTokens } from './admin-queries.ts';
import { adminNs } from './messages.ts';
import { SecretOnceModal, type Secret } from './SecretOnceModal.tsx';
import { TokenCreateForm } from './TokenCreateForm.tsx';
import { TokenTable } from './TokenTable.tsx';
import { useSession } from '../../app/session.tsx';

export function MyTokensPage() {
  const { t } = useTranslation(adminNs);
  const { user } = useSession();
  const tokens = useTokens();
  const [secret, setSecret] = useState<Secret | null>(null);
  // An administrator's list holds everyone's tokens: this page is about one's own.
  const mine = (tokens.data ?? []).filter((token) => token.userId === user?.id);

  return (
    <>
      <PageHeader
        title={t('myTokensTitle')}
        subtitle={t('myTokensSubtitle')}
        extra={
          <a href="/api/docs" target="_blank" rel="noreferrer">
            <ApiOutlined /> {t('apiDocs')}
          </a>
        }
      />
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('myTokensHelp')} />
        <Card size="small" title={t('createToken')}>
          <TokenCreateForm onCreated={(created) => setSecret({ title: t('tokenOnceTitle', { name: created.apiToken.name }), text: t('tokenOnceText'), value: created.token })} />
        </Card>
        <Card size="small">
          <QueryState query={tokens}>{() => <TokenTable tokens={mine} caption={t('myTokensCaption')} />}</QueryState>
        </Card>
      </Flex>
      <SecretOnceModal secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}
