/**
 * Asks for the reason of a return or a reopening (the API requires one and keeps it in the
 * audit trail, shown to the submitter). An empty reason is refused here, before any request;
 * the API's own refusal, if any, is shown in the dialog.
 */
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { dataNs } from './messages.ts';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** What happens, in a sentence: "退回后，填报人员可修改后重新报送。" */
  description: string;
  okText: string;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<void>;
}

export function ReasonDialog({ open, title, description, okText, onCancel, onConfirm }: ReasonDialogProps) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    const { reason } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      form.resetFields();
    } catch (e) {
      setError(errorText(e, text));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={() => {
        setError(null);
        form.resetFields();
        onCancel();
      }}
      destroyOnHidden
    >
      <p>{description}</p>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" /> : null}
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item
          name="reason"
          label={t('reason.label')}
          rules={[{ required: true, whitespace: true, message: t('reason.required') }, { max: 2000, message: t('reason.tooLong') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('reason.placeholder')} data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
