/**
 * Report or change a year's progress (PUT /api/projects/:id/progress/:year): the year's whole
 * record, loaded when the year has one. Checked as the API checks (stage required, investment
 * 0…10 000 000 亿元, completion not before the start, note ≤ 1000) before sending; the API's
 * own field errors are shown under their fields, its refusal above the form.
 */
import { Alert, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types.ts';
import { projectStages, type ProjectStageId } from '../../../../src/records/project-progress.ts';
import { projectsNs } from './messages.ts';
import { ProjectFormModal, useProjectForm } from './ProjectFormModal.tsx';

interface Values {
  year: number;
  stage: ProjectStageId;
  plannedInvestment: number | null;
  completedInvestment: number | null;
  startOn: Dayjs | null;
  completionOn: Dayjs | null;
  note: string | null;
}

const FIELDS = ['stage', 'plannedInvestment', 'completedInvestment', 'startOn', 'completionOn', 'note'];
const MAX_INVESTMENT = 1e7;

function valuesOf(project: ProjectDetail, year: number): Values {
  const record = project.progress.find((p) => p.year === year);
  const fallback = project.latest;
  return {
    year,
    stage: record?.stage ?? project.stage,
    plannedInvestment: record?.plannedInvestment ?? null,
    completedInvestment: record?.completedInvestment ?? null,
    // A new year starts from what is known: the start date does not change from year to year.
    startOn: (record?.startOn ?? fallback?.startOn) ? dayjs(record?.startOn ?? fallback?.startOn) : null,
    completionOn: record?.completionOn ? dayjs(record.completionOn) : null,
    note: record?.note ?? null,
  };
}

export function ProgressFormModal({ project, open, year, years, onClose }: { project: ProjectDetail; open: boolean; year: number; years: number[]; onClose: () => void }) {
  const { t } = useTranslation([projectsNs, 'common']);
  const state = useProjectForm<Values>(project, FIELDS, onClose);
  const { form } = state;
  const chosenYear = Form.useWatch('year', form) ?? year;
  const exists = project.progress.some((p) => p.year === chosenYear);

  useEffect(() => {
    if (open) {
      form.setFieldsValue(valuesOf(project, year));
      state.clearErrors();
    }
    // Only when the dialog opens: later changes of the project must not overwrite what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const save = (values: Values) =>
    state.put(`/api/projects/${encodeURIComponent(project.id)}/progress/${values.year}`, () => ({
      stage: values.stage,
      plannedInvestment: values.plannedInvestment ?? null,
      completedInvestment: values.completedInvestment ?? null,
      startOn: values.startOn ? values.startOn.format('YYYY-MM-DD') : null,
      completionOn: values.completionOn ? values.completionOn.format('YYYY-MM-DD') : null,
      note: values.note?.trim() ? values.note.trim() : null,
    }));

  const investmentRules = [
    { type: 'number' as const, min: 0, message: t('form.nonNegative') },
    { type: 'number' as const, max: MAX_INVESTMENT, message: t('form.tooLarge') },
  ];

  return (
    <ProjectFormModal state={state} open={open} title={exists ? t('update.progressOf', { year: chosenYear }) : t('update.progress')} onClose={onClose} width={620} saveTestId="progress-save">
      <Alert type="info" showIcon title={exists ? t('update.existing') : t('update.replaceHint')} description={exists ? t('update.replaceHint') : undefined} style={{ marginBottom: 12 }} />
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)} requiredMark data-testid="progress-form">
        <Form.Item name="year" label={t('form.year')} rules={[{ required: true, message: t('form.required', { field: t('form.year') }) }]}>
          <Select
            options={years.map((y) => ({ value: y, label: String(y) }))}
            onChange={(y: number) => {
              form.setFieldsValue(valuesOf(project, y));
              form.setFields(FIELDS.map((name) => ({ name: name as keyof Values, errors: [] })));
            }}
            data-testid="progress-year"
          />
        </Form.Item>
        <Form.Item name="stage" label={t('form.stage')} rules={[{ required: true, message: t('form.required', { field: t('form.stage') }) }]}>
          <Select options={projectStages.map((s) => ({ value: s, label: t(`common:stage.${s}`) }))} data-testid="progress-stage" />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Form.Item name="plannedInvestment" label={t('form.planned')} rules={investmentRules}>
            <InputNumber style={{ width: '100%' }} step={0.1} data-testid="progress-planned" />
          </Form.Item>
          <Form.Item
            name="completedInvestment"
            label={t('form.completed')}
            dependencies={['plannedInvestment']}
            rules={[
              ...investmentRules,
              ({ getFieldValue }) => ({
                // Not an error (a project may spend more than planned), a warning to check the figure.
                warningOnly: true,
                validator: async (_, value: number | null) => {
                  const planned = getFieldValue('plannedInvestment') as number | null;
                  if (value !== null && value !== undefined && planned !== null && planned !== undefined && value > planned) throw new Error(t('form.completedAbovePlanned'));
                },
              }),
            ]}
          >
            <InputNumber style={{ width: '100%' }} step={0.1} data-testid="progress-completed" />
          </Form.Item>
          <Form.Item name="startOn" label={t('form.startOn')}>
            <DatePicker style={{ width: '100%' }} data-testid="progress-start" />
          </Form.Item>
          <Form.Item
            name="completionOn"
            label={t('form.completionOn')}
            dependencies={['startOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value: Dayjs | null) => {
                  const start = getFieldValue('startOn') as Dayjs | null;
                  if (value && start && value.isBefore(start, 'day')) throw new Error(t('form.completionBeforeStart'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="progress-completion" />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('form.note')} rules={[{ max: 1000, message: t('form.noteTooLong') }]}>
          <Input.TextArea rows={3} showCount maxLength={1000} data-testid="progress-note" />
        </Form.Item>
      </Form>
    </ProjectFormModal>
  );
}
