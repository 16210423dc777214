/**
 * Returns a value to its submitter or reopens an approved one, with the reason the API
 * requires (it keeps it in the audit trail, shown to the submitter). An empty reason is
 * refused here, before any request; the API's own refusal, if any, is shown in the dialog.
 */
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation } from '../../api/types.ts';
import { errorText } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { dataNs } from './messages.ts';
import { stepObservation, useAfterWrite } from './observations-api.ts';
import { placeLabel } from './places.ts';
import type { DataPlan } from './use-data-plan.ts';

/** The steps that need a reason: back to the submitter from the queue, or out of the approved values. */
export type ReasonStep = 'return' | 'reopen';

const WORDS = {
  return: { title: 'review.returnTitle', what: 'review.returnWhat', ok: 'review.return', done: 'review.returnedOne' },
  reopen: { title: 'review.reopenTitle', what: 'review.reopenWhat', ok: 'review.reopen', done: 'review.reopenedOne' },
} as const;

export interface ReasonDialogProps {
  /** The value to step; null while the dialog is closed. */
  observation: Observation | null;
  step: ReasonStep;
  plan: DataPlan;
  onClose: () => void;
}

export function ReasonDialog({ observation, step, plan, onClose }: ReasonDialogProps) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const { message } = App.useApp();
  const afterWrite = useAfterWrite();
  const words = WORDS[step];
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    const { reason } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await send(reason.trim());
      form.resetFields();
    } catch (e) {
      setError(errorText(e, text));
    } finally {
      setBusy(false);
    }
  }

  /** The step itself; the dialog closes once the API has taken it. */
  async function send(reason: string) {
    if (!observation) return;
    await stepObservation(observation.id, step, reason);
    void message.success(t(words.done));
    onClose();
    await afterWrite();
  }

  return (
    <Modal
      open={observation !== null}
      title={t(words.title)}
      okText={t(words.ok)}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={() => {
        setError(null);
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      <p>{observation ? t(words.what, { name: text(plan.seriesName(observation.indicatorId)), place: placeLabel(observation, plan.names, text), period: observation.period }) : ''}</p>
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
