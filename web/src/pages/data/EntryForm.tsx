/**
 * The values of one place and year, one row per series: last year's value, the value typed
 * (checked as the API checks it, as it is typed), the change, the status of what is stored
 * and why it was returned. "Save as draft" creates or changes the drafts; "Submit" saves and
 * submits them all for approval. A refusal from the API appears under the field it concerns.
 */
import { HistoryOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Table, Tag, Tooltip, Typography, type FormInstance } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation } from '../../api/types.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { formatTime } from '../../format/date-time.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { CalendarStateTag } from './CalendarStateTag.tsx';
import type { CalendarItem } from './calendar-groups.ts';
import { entryRows, valuesOfPlace, type EntryRow } from './entry-rows.ts';
import { fieldErrorsOf, missingRequired, notesWithoutValue, plannedWrites, type RowInputValues } from './entry-save.ts';
import { HistoryDrawer } from './HistoryDrawer.tsx';
import { dataNs } from './messages.ts';
import { ObservationStatusTag } from './ObservationStatusTag.tsx';
import { createObservation, stepObservation, updateObservation, useAfterWrite } from './observations-api.ts';
import type { Place } from './places.ts';
import { checkValue, expectedOf } from './series.ts';
import { formatInUnit, unitLabel } from './unit-format.ts';
import type { DataPlan } from './use-data-plan.ts';
import { previousPeriod, valueChange } from './value-change.ts';
import { ValueChangeText } from './ValueChangeText.tsx';

interface FormValues {
  rows: Record<string, RowInputValues | undefined>;
}

interface Outcome {
  saved: number;
  submitted: number;
  failed: number;
  nothing: boolean;
}

export interface EntryFormProps {
  plan: DataPlan;
  place: Place;
  period: string;
  /** Every stored value of the place's region (all periods, its parks too). */
  stored: Observation[];
  /** Calendar items of this place and period. */
  calendar: CalendarItem[];
  /** The day the calendar judged on (the server's, in China time). */
  today: string;
  canWrite: boolean;
  showAll: boolean;
  highlight: string | null;
}

export function EntryForm({ plan, place, period, stored, calendar, today, canWrite, showAll, highlight }: EntryFormProps) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const [form] = Form.useForm<FormValues>();
  const afterWrite = useAfterWrite();
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [history, setHistory] = useState<Observation | null>(null);

  const rows = useMemo(() => {
    const here = valuesOfPlace(stored, place.parkId);
    return entryRows({
      series: plan.series,
      calendar,
      existing: here.filter((o) => o.period === period),
      previous: here.filter((o) => o.period === previousPeriod(period)),
      province: place.province && place.parkId === null,
      showAll,
      canWrite,
    });
  }, [stored, place, period, plan.series, calendar, showAll, canWrite]);

  // The form starts from what is stored (this component is keyed by place and year).
  const [initialValues] = useState<FormValues>(() => ({
    rows: Object.fromEntries(rows.map((r) => [r.key, { value: r.existing ? String(r.existing.value) : '', note: r.existing?.note ?? '' }])),
  }));

  useEffect(() => {
    if (!highlight) return;
    document.querySelector(`[data-row-key="${CSS.escape(`${highlight}~actual`)}"]`)?.scrollIntoView({ block: 'center' });
  }, [highlight]);

  const editable = rows.filter((r) => r.editable);
  const filled = rows.filter((r) => r.existing !== null).length;

  async function run(submit: boolean) {
    setOutcome(null);
    try {
      await form.validateFields();
    } catch {
      return; // The fields show what is wrong.
    }
    const values = form.getFieldsValue(true) as FormValues;
    const typed = values.rows ?? {};
    const valueField = (key: string): ['rows', string, 'value'] => ['rows', key, 'value'];
    const problems = [
      ...notesWithoutValue(rows, typed).map((r) => ({ name: valueField(r.key), errors: [t('entry.noteNeedsValue')] })),
      ...(submit ? missingRequired(rows, typed).map((r) => ({ name: valueField(r.key), errors: [t('entry.required')] })) : []),
    ];
    if (problems.length > 0) {
      form.setFields(problems);
      form.scrollToField(problems[0]!.name, { block: 'center' });
      return;
    }
    setBusy(submit ? 'submit' : 'save');
    const result: Outcome = { saved: 0, submitted: 0, failed: 0, nothing: false };
    const failedRows = new Set<string>();
    const current = new Map<string, Observation>(rows.flatMap((r) => (r.existing ? [[r.key, r.existing] as const] : [])));
    const refuse = (row: EntryRow, error: unknown) => {
      result.failed++;
      failedRows.add(row.key);
      form.setFields(fieldErrorsOf(error, text).map((e) => ({ name: ['rows', row.key, e.field], errors: [e.message] })));
    };
    const writes = plannedWrites(rows, typed);
    for (const write of writes) {
      try {
        const saved =
          write.op === 'create'
            ? await createObservation({ indicatorId: write.row.series.id, regionCode: place.regionCode, parkId: place.parkId, period, kind: write.row.kind, value: write.value, note: write.note })
            : await updateObservation(write.id, write.change);
        current.set(write.row.key, saved);
        result.saved++;
      } catch (error) {
        refuse(write.row, error);
      }
    }
    if (submit) {
      for (const row of editable) {
        const value = current.get(row.key);
        if (!value || failedRows.has(row.key) || (value.status !== 'draft' && value.status !== 'returned')) continue;
        try {
          await stepObservation(value.id, 'submit');
          result.submitted++;
        } catch (error) {
          refuse(row, error);
        }
      }
    }
    result.nothing = writes.length === 0 && result.submitted === 0 && result.failed === 0;
    if (result.saved + result.submitted > 0) await afterWrite();
    setBusy(null);
    setOutcome(result);
  }

  const prevPeriod = previousPeriod(period);
  return (
    <Form form={form} initialValues={initialValues} component={false}>
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text type="secondary">
            {t('entry.summary', { filled, total: rows.length })}
            {calendar.length > 0 ? ` · ${t('entry.fromCalendar', { count: calendar.length })}` : ` · ${t('entry.noCalendar')}`}
          </Typography.Text>
          {canWrite ? (
            <Flex gap={8}>
              <Button icon={<SaveOutlined />} loading={busy === 'save'} disabled={busy !== null || editable.length === 0} onClick={() => void run(false)} data-testid="entry-save">
                {t('entry.saveDraft')}
              </Button>
              <Button type="primary" icon={<SendOutlined />} loading={busy === 'submit'} disabled={busy !== null || editable.length === 0} onClick={() => void run(true)} data-testid="entry-submit">
                {t('entry.submit')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
        {outcome ? <OutcomeAlert outcome={outcome} /> : null}
        {canWrite && rows.some((r) => r.existing && !r.existing.editable) ? <Typography.Text type="secondary">{t('entry.lockedHint')}</Typography.Text> : null}
        <Table<EntryRow>
          size="middle"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          data-testid="entry-table"
          title={() => <SectionTitle>{t('entry.tableTitle', { period })}</SectionTitle>}
          rowClassName={(r) => (highlight && r.series.id === highlight ? 'ant-table-row-selected' : '')}
          columns={[
            {
              title: t('col.series'),
              key: 'series',
              width: 300,
              render: (_, r) => <SeriesCell row={r} today={today} />,
            },
            {
              title: t('entry.previous', { period: prevPeriod }),
              key: 'previous',
              width: 170,
              render: (_, r) => <PreviousCell row={r} />,
            },
            {
              title: t('entry.value', { period }),
              key: 'value',
              width: canWrite ? 460 : 180,
              render: (_, r) => <ValueCell row={r} />,
            },
            { title: t('entry.change'), key: 'change', width: 200, render: (_, r) => <ChangeCell row={r} form={form} /> },
            {
              title: t('common:field.status'),
              key: 'status',
              width: 220,
              render: (_, r) => <StatusCell row={r} onHistory={setHistory} />,
            },
          ]}
        />
      </Flex>
      <HistoryDrawer observation={history} plan={plan} onClose={() => setHistory(null)} />
    </Form>
  );
}

function SeriesCell({ row, today }: { row: EntryRow; today: string }) {
  const { t } = useTranslation(dataNs);
  const { text } = useLang();
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong>{text(row.series.name)}</Typography.Text>
      <Flex gap={4} wrap align="center">
        {row.kind === 'target' ? <Tag color="purple">{t('kind.target')}</Tag> : null}
        {row.series.source === 'statistic' ? <Tag>{t('entry.statistic')}</Tag> : null}
        {row.editable ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {text(expectedOf(row.series))}
          </Typography.Text>
        ) : null}
        {row.calendar ? <CalendarStateTag state={row.calendar.state} dueOn={row.calendar.dueOn} today={today} /> : null}
        {row.calendar ? <Typography.Text type="secondary">{t('entry.dueOn', { date: row.calendar.dueOn })}</Typography.Text> : null}
      </Flex>
    </Flex>
  );
}

function PreviousCell({ row }: { row: EntryRow }) {
  const { t } = useTranslation(dataNs);
  const { lang } = useLang();
  if (!row.previous) return <Typography.Text type="secondary">{t('entry.noPrevious')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      <Typography.Text>{formatInUnit(row.previous.value, row.series.unit, lang)}</Typography.Text>
      {row.previous.status !== 'approved' ? <ObservationStatusTag status={row.previous.status} regionApproved={row.previous.regionApproved} /> : null}
    </Flex>
  );
}

function ValueCell({ row }: { row: EntryRow }) {
  const { t } = useTranslation(dataNs);
  const { text, lang } = useLang();
  if (!row.editable) {
    return row.existing ? (
      <Typography.Text strong data-testid="entry-stored-value">
        {formatInUnit(row.existing.value, row.series.unit, lang)}
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );
  }
  const label = `${text(row.series.name)}${row.kind === 'target' ? ` · ${t('kind.target')}` : ''}`;
  return (
    <Flex gap={8} align="flex-start">
      <Form.Item
        name={['rows', row.key, 'value']}
        style={{ margin: 0, width: 240, flex: 'none' }}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              const check = checkValue(value ?? '', row.series);
              if (check.kind === 'invalid') throw new Error(t(`entry.invalid.${check.reason}`, { expected: text(check.expected) }));
            },
          },
        ]}
      >
        <Input inputMode="decimal" aria-label={t('entry.valueOf', { name: label })} suffix={unitLabel(row.series.unit, lang)} allowClear data-testid={`value-${row.key}`} />
      </Form.Item>
      <Form.Item name={['rows', row.key, 'note']} style={{ margin: 0, flex: 1, minWidth: 140 }} rules={[{ max: 2000, message: t('entry.noteTooLong') }]}>
        <Input placeholder={t('entry.notePlaceholder')} aria-label={t('entry.noteOf', { name: label })} maxLength={2000} />
      </Form.Item>
    </Flex>
  );
}

function ChangeCell({ row, form }: { row: EntryRow; form: FormInstance<FormValues> }) {
  const typed = Form.useWatch(['rows', row.key, 'value'], form) as string | undefined;
  const current = row.editable ? checkValue(typed ?? '', row.series) : null;
  const value = current ? (current.kind === 'ok' ? current.value : null) : (row.existing?.value ?? null);
  const change = valueChange(row.previous?.value, value, { percentUnit: row.series.percent });
  if (!change) return <Typography.Text type="secondary">—</Typography.Text>;
  return <ValueChangeText change={change} unit={row.series.unit} showValues={false} />;
}

function StatusCell({ row, onHistory }: { row: EntryRow; onHistory: (o: Observation) => void }) {
  const { t } = useTranslation(dataNs);
  const existing = row.existing;
  if (!existing) return <Typography.Text type="secondary">{t('entry.notEntered')}</Typography.Text>;
  return (
    <Flex vertical gap={4} align="flex-start">
      <Flex gap={4} align="center">
        <ObservationStatusTag status={existing.status} regionApproved={existing.regionApproved} />
        <Tooltip title={t('history.open')}>
          <Button size="small" type="text" icon={<HistoryOutlined />} aria-label={t('history.open')} onClick={() => onHistory(existing)} />
        </Tooltip>
      </Flex>
      {existing.status === 'returned' && existing.returnReason ? (
        <Typography.Text type="warning" data-testid="return-reason">
          {t('entry.returnedBecause', { reason: existing.returnReason, who: existing.returnedBy ?? '', at: formatTime(existing.returnedAt) })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation(dataNs);
  if (outcome.nothing) return <Alert type="info" showIcon title={t('entry.outcome.nothing')} role="status" />;
  const parts = [
    outcome.saved > 0 ? t('entry.outcome.saved', { count: outcome.saved }) : null,
    outcome.submitted > 0 ? t('entry.outcome.submitted', { count: outcome.submitted }) : null,
    outcome.failed > 0 ? t('entry.outcome.failed', { count: outcome.failed }) : null,
  ].filter(Boolean);
  return <Alert type={outcome.failed > 0 ? 'warning' : 'success'} showIcon title={parts.join(t('listSeparator'))} role="status" data-testid="entry-outcome" />;
}
