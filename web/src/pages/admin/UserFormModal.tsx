/**
 * Create or change an account: name, role and the scope the role needs — regions for a
 * region officer, one park for a park officer, a credit code for an enterprise — as the
 * API's policy table says. The API checks everything; its messages appear under the fields
 * they are about.
 */
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_POLICIES } from '../../../../src/server/policy/roles.ts';
import { apiSend } from '../../api/client.ts';
import { formErrorsOf } from '../../api/form-errors.ts';
import { usePlanParks, usePlanRegions } from '../../api/queries.ts';
import type { User, UserWithPassword } from '../../api/types.ts';
import { ROLE_LABELS } from '../../app/role-labels.ts';
import type { Role } from '../../app/session.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { adminNs } from './messages.ts';

interface UserFormValues {
  username: string;
  displayName?: string;
  role: Role;
  regions?: string[];
  parkId?: string | null;
  creditCode?: string;
  password?: string;
}

const FIELDS = ['username', 'displayName', 'role', 'regions', 'parkId', 'creditCode', 'password'] as const;

/** The body of POST or PATCH /api/users: the scope fields of the chosen role, the others emptied. */
function bodyOf(values: UserFormValues, creating: boolean) {
  const needs = ROLE_POLICIES[values.role].scope;
  const displayName = values.displayName?.trim();
  return {
    ...(creating ? { username: values.username.trim() } : {}),
    ...(displayName ? { displayName } : {}),
    role: values.role,
    regions: needs === 'regions' ? (values.regions ?? []) : [],
    parkId: needs === 'park' ? (values.parkId ?? null) : null,
    creditCode: needs === 'credit-code' ? values.creditCode?.trim().toUpperCase() || null : null,
    ...(creating && values.password ? { password: values.password } : {}),
  };
}

export interface UserFormModalProps {
  open: boolean;
  /** null: a new account. */
  user: User | null;
  onClose: () => void;
  onSaved: (saved: UserWithPassword, created: boolean) => void;
}

export function UserFormModal({ open, user, onClose, onSaved }: UserFormModalProps) {
  const { t } = useTranslation([adminNs, 'common']);
  const { text } = useLang();
  const [form] = Form.useForm<UserFormValues>();
  const regions = usePlanRegions();
  const parks = usePlanParks();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const role = Form.useWatch('role', form);
  const creating = user === null;
  const needs = role ? ROLE_POLICIES[role].scope : 'none';
  const roleChanged = !creating && role !== undefined && role !== user.role;

  useEffect(() => {
    if (!open) return;
    setGeneral(null);
    form.resetFields();
    form.setFieldsValue(
      user
        ? { username: user.username, displayName: user.displayName, role: user.role, regions: user.regions, parkId: user.parkId, creditCode: user.creditCode ?? '' }
        : { role: 'viewer', regions: [], parkId: null, creditCode: '' },
    );
  }, [open, user, form]);

  async function save(values: UserFormValues) {
    setSaving(true);
    setGeneral(null);
    try {
      const body = bodyOf(values, creating);
      const saved = creating
        ? await apiSend<UserWithPassword>('POST', '/api/users', body)
        : await apiSend<UserWithPassword>('PATCH', `/api/users/${user.id}`, body);
      onSaved(saved, creating);
    } catch (error) {
      const { fields, general: rest } = formErrorsOf(error, FIELDS, text);
      form.setFields(fields.map((f) => ({ name: f.name as keyof UserFormValues, errors: f.errors })));
      setGeneral(rest);
    } finally {
      setSaving(false);
    }
  }

  const regionOptions = (regions.data ?? []).map((r) => ({ value: r.code, label: `${text(r.name)} (${r.code})` }));
  const parkOptions = (parks.data ?? []).map((p) => ({ value: p.id, label: text(p.name) }));

  return (
    <Modal
      open={open}
      title={creating ? t('newUserTitle') : t('editUserTitle', { username: user.username })}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      width={560}
      okButtonProps={{ id: 'user-form-save' }}
    >
      {general ? <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} role="alert" data-testid="user-form-error" /> : null}
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)} requiredMark="optional" data-testid="user-form">
        <Form.Item name="username" label={t('field.username')} extra={creating ? t('field.usernameHelp') : undefined} rules={[{ required: true, message: t('required') }]}>
          <Input id="user-username" autoComplete="off" disabled={!creating} />
        </Form.Item>
        <Form.Item name="displayName" label={t('field.displayName')}>
          <Input id="user-displayName" autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item name="role" label={t('field.role')} rules={[{ required: true, message: t('required') }]} extra={roleChanged ? t('roleScopeNote') : undefined}>
          <Select
            id="user-role"
            options={Object.keys(ROLE_POLICIES).map((r) => ({ value: r, label: text(ROLE_LABELS[r as Role]) }))}
            onChange={() => form.setFieldsValue({ regions: [], parkId: null, creditCode: '' })}
          />
        </Form.Item>
        {needs === 'regions' ? (
          <Form.Item name="regions" label={t('field.regions')} extra={t('field.regionsHelp')} rules={[{ required: true, message: t('required') }]}>
            <Select id="user-regions" mode="multiple" options={regionOptions} placeholder={t('pickRegions')} showSearch={{ optionFilterProp: 'label' }} loading={regions.isPending} />
          </Form.Item>
        ) : null}
        {needs === 'park' ? (
          <Form.Item name="parkId" label={t('field.parkId')} extra={t('field.parkHelp')} rules={[{ required: true, message: t('required') }]}>
            <Select id="user-parkId" showSearch={{ optionFilterProp: 'label' }} options={parkOptions} placeholder={t('pickPark')} loading={parks.isPending} />
          </Form.Item>
        ) : null}
        {needs === 'credit-code' ? (
          <Form.Item name="creditCode" label={t('field.creditCode')} extra={t('field.creditCodeHelp')} rules={[{ required: true, message: t('required') }]}>
            <Input id="user-creditCode" maxLength={18} style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', textTransform: 'uppercase' }} />
          </Form.Item>
        ) : null}
        {creating ? (
          <Form.Item name="password" label={t('field.password')} extra={t('field.passwordHelp')}>
            <Input.Password id="user-password" autoComplete="new-password" />
          </Form.Item>
        ) : null}
        {!creating && user.lockedUntil ? <Typography.Text type="warning">{t('lockedHint')}</Typography.Text> : null}
      </Form>
    </Modal>
  );
}
