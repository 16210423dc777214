/**
 * A secret the API returns once (a generated password, a new API token): shown in a field
 * that selects itself, with a copy button, until the reader says it is saved. Closing by
 * the mask is off so a stray click does not lose it.
 */
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminNs } from './messages.ts';

export interface Secret {
  title: string;
  text: string;
  value: string;
}

export function SecretOnceModal({ secret, onClose }: { secret: Secret | null; onClose: () => void }) {
  const { t } = useTranslation(adminNs);
  const { message } = App.useApp();
  const [copied, setCopied] = useState(false);

  async function copy(value: string) {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      void message.success(t('copied'));
    } catch {
      void message.warning(t('copyFailed'));
    }
  }

  return (
    <Modal
      open={secret !== null}
      title={secret?.title}
      mask={{ closable: false }}
      onCancel={() => {
        setCopied(false);
        onClose();
      }}
      footer={
        <Button
          type="primary"
          onClick={() => {
            setCopied(false);
            onClose();
          }}
          data-testid="secret-done"
        >
          {t('done')}
        </Button>
      }
      destroyOnHidden
    >
      {secret ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={secret.text} />
          <Space.Compact style={{ width: '100%' }}>
            <Input
              readOnly
              value={secret.value}
              onFocus={(e) => e.currentTarget.select()}
              aria-label={t('secretLabel')}
              data-testid="secret-value"
              style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
            />
            <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy(secret.value)} data-testid="secret-copy">
              {copied ? t('copied') : t('copy')}
            </Button>
          </Space.Compact>
        </Space>
      ) : null}
    </Modal>
  );
}
