/**
 * Add a milestone or record when one was done (PUT /api/projects/:id/milestones/:name): its
 * due date and the date it was done (empty while open). The name is the milestone's key, so
 * it is fixed when updating one that exists.
 */
import { App, DatePicker, Form, Input, Modal, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiSend } from '../../api/client.ts';
import type { ProjectDetail } from '../../api/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { FIELD_LABEL_KEYS } from './field-labels.ts';
import { fieldErrorsOf } from './form-errors.ts';
import { projectsNs } from './messages.ts';
import { SaveError } from './SaveFeedback.tsx';
import { useAfterProjectWrite, type WriteResult } from './use-project.ts';

interface Values {
  name: string;
  dueOn: Dayjs | null;
  doneOn: Dayjs | null;
}

type Milestone = ProjectDetail['milestones'][number];

export function MilestoneFormModal({ project, milestone, open, onClose }: { project: ProjectDetail; milestone: Milestone | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation([projectsNs, 'common']);
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rest, setRest] = useState<string[]>([]);
  const after = useAfterProjectWrite(project.id);

  useEffect(() => {
    if (open) {
      form.setFieldsValue({ name: milestone?.name ?? '', dueOn: milestone ? dayjs(milestone.dueOn) : null, doneOn: milestone?.doneOn ? dayjs(milestone.doneOn) : null });
      setError(null);
      setRest([]);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, milestone]);

  async function save(values: Values) {
    setBusy(true);
    setError(null);
    setRest([]);
    try {
      const body = { dueOn: values.dueOn!.format('YYYY-MM-DD'), doneOn: values.doneOn ? values.doneOn.format('YYYY-MM-DD') : null };
      const result = await apiSend<WriteResult>('PUT', `/api/projects/${encodeURIComponent(project.id)}/milestones/${encodeURIComponent(values.name.trim())}`, body);
      after(result);
      const fields = result.changed.map((f) => t(FIELD_LABEL_KEYS[f] ?? f)).join(lang === 'zh' ? '、' : ', ');
      void message.success(result.changed.length > 0 ? t('update.saved', { fields }) : t('update.unchanged'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        const mapped = fieldErrorsOf(e, ['name', 'dueOn', 'doneOn'], lang);
        form.setFields(mapped.fields as { name: keyof Values; errors: string[] }[]);
        setRest(mapped.rest);
      }
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={milestone ? t('update.milestoneOf') : t('update.milestone')}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      forceRender
      okButtonProps={{ 'data-testid': 'milestone-save' } as ButtonProps}
    >
      <SaveError error={error} rest={rest} />
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="milestone-form">
        <Form.Item
          name="name"
          label={t('form.name')}
          rules={[
            { required: true, whitespace: true, message: t('form.required', { field: t('form.name') }) },
            { max: 200, message: t('form.nameTooLong') },
          ]}
        >
          <Input disabled={milestone !== null} data-testid="milestone-name" />
        </Form.Item>
        <Form.Item name="dueOn" label={t('form.dueOn')} rules={[{ required: true, message: t('form.required', { field: t('form.dueOn') }) }]}>
          <DatePicker style={{ width: '100%' }} data-testid="milestone-due" />
        </Form.Item>
        <Form.Item name="doneOn" label={t('form.doneOn')}>
          <DatePicker style={{ width: '100%' }} data-testid="milestone-done" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
