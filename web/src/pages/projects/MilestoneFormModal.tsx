/**
 * Add a milestone or record when one was done (PUT /api/projects/:id/milestones/:name): its
 * due date and the date it was done (empty while open). The name is the milestone's key, so
 * it is fixed when updating one that exists.
 */
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types.ts';
import { projectsNs } from './messages.ts';
import { ProjectFormModal, useProjectForm } from './ProjectFormModal.tsx';

interface Values {
  name: string;
  dueOn: Dayjs | null;
  doneOn: Dayjs | null;
}

type Milestone = ProjectDetail['milestones'][number];

const FIELDS = ['name', 'dueOn', 'doneOn'];

export function MilestoneFormModal({ project, milestone, open, onClose }: { project: ProjectDetail; milestone: Milestone | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation([projectsNs, 'common']);
  const state = useProjectForm<Values>(project, FIELDS, onClose);
  const { form } = state;

  useEffect(() => {
    if (open) {
      form.setFieldsValue({ name: milestone?.name ?? '', dueOn: milestone ? dayjs(milestone.dueOn) : null, doneOn: milestone?.doneOn ? dayjs(milestone.doneOn) : null });
      state.clearErrors();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, milestone]);

  const save = (values: Values) =>
    state.put(`/api/projects/${encodeURIComponent(project.id)}/milestones/${encodeURIComponent(values.name.trim())}`, () => ({
      dueOn: values.dueOn!.format('YYYY-MM-DD'),
      doneOn: values.doneOn ? values.doneOn.format('YYYY-MM-DD') : null,
    }));

  return (
    <ProjectFormModal state={state} open={open} title={milestone ? t('update.milestoneOf') : t('update.milestone')} onClose={onClose} saveTestId="milestone-save">
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
    </ProjectFormModal>
  );
}
