/**
 * A new API token: what it is for, read or read-and-write, how long it lasts — and, for an
 * administrator, whose it is. The value comes back once and is handed to `onCreated`.
 */
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client.ts';
import { formErrorsOf } from '../../api/form-errors.ts';
import type { CreatedToken, User } from '../../api/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { TOKENS_KEY } from './admin-queries.ts';
import { adminNs } from './messages.ts';

interface TokenFormValues {
  userId?: number;
  name: string;
  scope: 'read' | 'write';
  expiresInDays: number;
}

const EXPIRY_DAYS = [30, 90, 365];
const NEVER = 0;
const FIELDS = ['userId', 'name', 'scopes', 'expiresInDays'] as const;

export function TokenCreateForm({ users, onCreated }: { users?: User[]; onCreated: (created: CreatedToken) => void }) {
  const { t } = useTranslation(adminNs);
  const { text } = useLang();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TokenFormValues>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  async function create(values: TokenFormValues) {
    setSaving(true);
    setGeneral(null);
    try {
      const created = await apiSend<CreatedToken>('POST', '/api/tokens', {
        name: values.name.trim(),
        scopes: values.scope === 'write' ? ['read', 'write'] : ['read'],
        ...(values.expiresInDays === NEVER ? {} : { expiresInDays: values.expiresInDays }),
        ...(values.userId === undefined ? {} : { userId: values.userId }),
      });
      form.resetFields(['name']);
      await queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
      onCreated(created);
    } catch (error) {
      const { fields, general: rest } = formErrorsOf(error, FIELDS, text);
      // The form has one scope control for the API's `scopes`.
      form.setFields(fields.map((f) => ({ name: (f.name === 'scopes' ? 'scope' : f.name) as keyof TokenFormValues, errors: f.errors })));
      setGeneral(rest);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      {general ? <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} role="alert" /> : null}
      <Form
        form={form}
        layout="inline"
        initialValues={{ scope: 'read', expiresInDays: 90 }}
        onFinish={(values) => void create(values)}
        style={{ rowGap: 12 }}
        data-testid="token-form"
      >
        {users ? (
          <Form.Item name="userId" label={t('token.user')} rules={[{ required: true, message: t('required') }]}>
            <Select
              id="token-user"
              style={{ width: 220 }}
              placeholder={t('pickUser')}
              showSearch={{ optionFilterProp: 'label' }}
              options={users.filter((u) => !u.disabled).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="name" label={t('token.name')} tooltip={t('token.nameHelp')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input id="token-name" style={{ width: 220 }} maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="scope" label={t('token.scopes')} tooltip={t('token.writeHelp')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'read', label: t('token.read') },
              { value: 'write', label: t('token.write') },
            ]}
          />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('token.expiry')}>
          <Select
            id="token-expiry"
            style={{ width: 130 }}
            options={[...EXPIRY_DAYS.map((d) => ({ value: d, label: t('token.days', { count: d }) })), { value: NEVER, label: t('token.never') }]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={saving} data-testid="token-create">
            {t('createToken')}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}
