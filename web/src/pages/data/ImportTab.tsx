/**
 * 模板与导入: download the Excel template of a kind of record, upload the filled-in file
 * (CSV or XLSX) and read the dry run — every row's problems, or what the import would
 * insert, change and leave unchanged — before anything is written. Only a clean preview can
 * be committed (or discarded); after the commit the page shows what was written.
 */
import { CloudUploadOutlined, DeleteOutlined, DownloadOutlined, FileExcelOutlined, ImportOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Result, Row, Select, Space, Statistic, Tooltip, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, apiDownload, apiSend } from '../../api/client.ts';
import type { ImportCommit, ImportPreview, User } from '../../api/types.ts';
import { errorText } from '../../components/QueryState.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { formatTime } from '../../format/date-time.ts';
import { useLang } from '../../i18n/use-lang.ts';
import type { RecordKindId } from '../../../../src/records/record-kinds.ts';
import { ImportColumns } from './ImportColumns.tsx';
import { ImportIssuesTable, issuesOf } from './ImportIssuesTable.tsx';
import { ImportSample } from './ImportSample.tsx';
import { recordKindOf } from './import-kinds.ts';
import { dataNs } from './messages.ts';
import { writablePlaces } from './places.ts';
import type { DataPlan } from './use-data-plan.ts';

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; file: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'refused'; file: string; error: ApiError }
  | { kind: 'failed'; file: string; error: unknown }
  | { kind: 'committed'; result: ImportCommit; sample: ImportPreview['sample'] };

const ACCEPTED = ['.csv', '.xlsx'];

export function ImportTab({ plan, user, kinds }: { plan: DataPlan; user: User; kinds: readonly RecordKindId[] }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<RecordKindId>(kinds[0]!);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [busy, setBusy] = useState<'commit' | 'discard' | 'template' | null>(null);
  const spec = recordKindOf(kind);
  const resultRef = useRef<HTMLDivElement>(null);
  // The result is below the upload area: bring it into view when it changes.
  useEffect(() => {
    if (phase.kind !== 'idle') resultRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [phase]);

  // Templates of observations can come pre-filled with one region's rows and one year.
  const templateRegions = [...new Set((writablePlaces(user, plan.places).length > 0 ? writablePlaces(user, plan.places) : plan.places).map((p) => p.regionCode))];
  const [templateRegion, setTemplateRegion] = useState<string | undefined>(templateRegions.length === 1 ? templateRegions[0] : undefined);
  const [templateYear, setTemplateYear] = useState<number | undefined>(undefined);
  const years: number[] = [];
  for (let y = plan.baseYear; y <= plan.targetYear; y++) years.push(y);

  async function download() {
    setBusy('template');
    try {
      await apiDownload(`/api/templates/${kind}`, kind === 'observations' ? { region: templateRegion, year: templateYear } : undefined, `${kind}.xlsx`);
    } catch (e) {
      void message.error(errorText(e, text));
    } finally {
      setBusy(null);
    }
  }

  async function upload(file: File) {
    const lower = file.name.toLowerCase();
    if (!ACCEPTED.some((ext) => lower.endsWith(ext))) {
      // Refused here: the API would answer 415, and nothing is gained by sending the file.
      void message.error(t('import.wrongType', { name: file.name }));
      return;
    }
    setPhase({ kind: 'uploading', file: file.name });
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      const preview = await apiSend<ImportPreview>('POST', `/api/imports?kind=${encodeURIComponent(kind)}`, body);
      setPhase({ kind: 'preview', preview });
    } catch (e) {
      if (e instanceof ApiError && e.details.some((d) => d.row !== undefined || d.column !== undefined)) setPhase({ kind: 'refused', file: file.name, error: e });
      else setPhase({ kind: 'failed', file: file.name, error: e });
    }
  }

  async function commit(preview: ImportPreview) {
    setBusy('commit');
    try {
      const result = await apiSend<ImportCommit>('POST', `/api/imports/${preview.id}/commit`);
      setPhase({ kind: 'committed', result, sample: preview.sample });
      // An import may change observations, the calendar, enterprises, projects: refetch all but the plan and the session.
      await queryClient.invalidateQueries({ predicate: (q) => !['plan', 'session', 'settings'].includes(String(q.queryKey[0])) });
    } catch (e) {
      if (e instanceof ApiError && e.details.some((d) => d.row !== undefined)) setPhase({ kind: 'refused', file: preview.file, error: e });
      else void message.error(errorText(e, text));
    } finally {
      setBusy(null);
    }
  }

  async function discard(preview: ImportPreview) {
    setBusy('discard');
    try {
      await apiSend('DELETE', `/api/imports/${preview.id}`);
      setPhase({ kind: 'idle' });
      void message.success(t('import.discarded', { file: preview.file }));
    } catch (e) {
      void message.error(errorText(e, text));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={<SectionTitle>{t('import.step1')}</SectionTitle>}>
        <Flex gap={12} wrap align="center">
          <Select<RecordKindId>
            aria-label={t('import.kind')}
            data-testid="import-kind"
            style={{ width: 240 }}
            value={kind}
            onChange={(k) => {
              setKind(k);
              setPhase({ kind: 'idle' });
            }}
            options={kinds.map((k) => ({ value: k, label: text(recordKindOf(k).name) }))}
          />
          {kind === 'observations' ? (
            <>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={t('import.templateRegion')}
                placeholder={t('import.templateRegion')}
                style={{ width: 200 }}
                value={templateRegion}
                onChange={(v: string | undefined) => setTemplateRegion(v)}
                options={templateRegions.map((code) => ({ value: code, label: text(plan.names.region(code)) }))}
              />
              <Select
                allowClear
                aria-label={t('import.templateYear')}
                placeholder={t('import.templateYear')}
                style={{ width: 180 }}
                value={templateYear}
                onChange={(v: number | undefined) => setTemplateYear(v)}
                options={years.map((y) => ({ value: y, label: t('entry.year', { year: y }) }))}
              />
            </>
          ) : null}
          <Button icon={<DownloadOutlined />} loading={busy === 'template'} onClick={() => void download()} data-testid="template-download">
            {t('import.download')}
          </Button>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 12 }}>
          {t('import.templateHint')}
        </Typography.Paragraph>
        <ImportColumns kind={spec} />
      </Card>

      <Card size="small" title={<SectionTitle>{t('import.step2')}</SectionTitle>}>
        <Upload.Dragger
          accept={ACCEPTED.join(',')}
          multiple={false}
          showUploadList={false}
          disabled={phase.kind === 'uploading' || busy !== null}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
          data-testid="import-upload"
        >
          <p className="ant-upload-drag-icon">
            <CloudUploadOutlined />
          </p>
          <p className="ant-upload-text">{t('import.drop', { kind: text(spec.name) })}</p>
          <p className="ant-upload-hint">{t('import.dropHint')}</p>
        </Upload.Dragger>
      </Card>

      <div ref={resultRef}>
        <PhaseView phase={phase} plan={plan} planId={plan.id} busy={busy} onCommit={(p) => void commit(p)} onDiscard={(p) => void discard(p)} onReset={() => setPhase({ kind: 'idle' })} user={user} />
      </div>
    </Flex>
  );
}

interface PhaseViewProps {
  phase: Phase;
  plan: DataPlan;
  planId: string;
  busy: string | null;
  user: User;
  onCommit: (preview: ImportPreview) => void;
  onDiscard: (preview: ImportPreview) => void;
  onReset: () => void;
}

function PhaseView({ phase, plan, planId, busy, user, onCommit, onDiscard, onReset }: PhaseViewProps) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  switch (phase.kind) {
    case 'idle':
      return null;
    case 'uploading':
      return <Alert type="info" showIcon title={t('import.checking', { file: phase.file })} role="status" />;
    case 'failed':
      return <Alert type="error" showIcon title={t('import.failed', { file: phase.file })} description={errorText(phase.error, text)} role="alert" data-testid="import-failed" />;
    case 'refused':
      return (
        <Card size="small" data-testid="import-refused" title={<SectionTitle>{t('import.step3')}</SectionTitle>}>
          <Flex vertical gap={12}>
            <Alert type="error" showIcon title={text(phase.error.text)} description={t('import.fixAndRetry')} role="alert" />
            <ImportIssuesTable issues={issuesOf(phase.error.details)} title={t('import.issues', { count: phase.error.details.length })} testId="import-issues" />
            <Flex gap={12} align="center" wrap>
              <Tooltip title={t('import.cannotCommit')}>
                {/* A disabled button gets no pointer events: the wrapper carries the tooltip. */}
                <span>
                  <Button type="primary" icon={<ImportOutlined />} disabled data-testid="import-commit">
                    {t('import.commit')}
                  </Button>
                </span>
              </Tooltip>
              <Typography.Text type="danger" data-testid="import-commit-reason">
                {t('import.cannotCommit')}
              </Typography.Text>
              <Button onClick={onReset}>{t('import.again')}</Button>
            </Flex>
          </Flex>
        </Card>
      );
    case 'preview':
      return <PreviewCard preview={phase.preview} plan={plan} planId={planId} busy={busy} onCommit={onCommit} onDiscard={onDiscard} />;
    case 'committed':
      return <CommittedCard result={phase.result} sample={phase.sample} plan={plan} planId={planId} user={user} onReset={onReset} />;
  }
}

function Counts({ counts }: { counts: ImportPreview['counts'] }) {
  const { t } = useTranslation(dataNs);
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Statistic title={t('import.count.inserted')} value={counts.inserted} />
      </Col>
      <Col span={8}>
        <Statistic title={t('import.count.updated')} value={counts.updated} />
      </Col>
      <Col span={8}>
        <Statistic title={t('import.count.unchanged')} value={counts.unchanged} />
      </Col>
    </Row>
  );
}

function PreviewCard({ preview, plan, planId, busy, onCommit, onDiscard }: { preview: ImportPreview; plan: DataPlan; planId: string; busy: string | null; onCommit: (p: ImportPreview) => void; onDiscard: (p: ImportPreview) => void }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const changes = preview.counts.inserted + preview.counts.updated;
  return (
    <Card size="small" data-testid="import-preview" title={<SectionTitle>{t('import.step3')}</SectionTitle>}>
      <Flex vertical gap={16}>
        <Alert type="success" showIcon title={t('import.valid', { file: preview.file, rows: preview.rowsRead })} description={t('import.notYetWritten', { expires: formatTime(preview.expiresAt) })} />
        <Counts counts={preview.counts} />
        {preview.sample.length > 0 ? (
          <ImportSample sample={preview.sample} total={changes} plan={plan} planId={planId} title={t('import.toWrite')} />
        ) : null}
        {preview.warningCount > 0 ? (
          <ImportIssuesTable issues={preview.warnings} title={t('import.warnings', { count: preview.warningCount })} testId="import-warnings" />
        ) : null}
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'file', label: t('import.file'), children: preview.file },
            { key: 'size', label: t('import.size'), children: `${(preview.size / 1024).toFixed(1)} KB` },
            { key: 'kind', label: t('import.kind'), children: text(recordKindOf(preview.kind).name) },
          ]}
        />
        <Space>
          <Button type="primary" icon={<ImportOutlined />} loading={busy === 'commit'} disabled={busy !== null} onClick={() => onCommit(preview)} data-testid="import-commit">
            {changes > 0 ? t('import.commitCount', { count: changes }) : t('import.commit')}
          </Button>
          <Button icon={<DeleteOutlined />} loading={busy === 'discard'} disabled={busy !== null} onClick={() => onDiscard(preview)} data-testid="import-discard">
            {t('import.discard')}
          </Button>
        </Space>
      </Flex>
    </Card>
  );
}

function CommittedCard({ result, sample, plan, planId, user, onReset }: { result: ImportCommit; sample: ImportPreview['sample']; plan: DataPlan; planId: string; user: User; onReset: () => void }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const officer = user.role === 'region-officer' || user.role === 'park-officer';
  return (
    <Card size="small" data-testid="import-committed">
      <Result
        status="success"
        icon={<FileExcelOutlined />}
        title={t('import.committed', { file: result.file })}
        subTitle={
          result.status
            ? t('import.committedStatus', { status: t(`status.${result.status}`) })
            : t('import.committedKind', { kind: text(recordKindOf(result.kind).name) })
        }
        extra={[
          <Button key="again" onClick={onReset}>
            {t('import.another')}
          </Button>,
          result.kind === 'observations' && officer ? (
            <Link key="mine" to="/data?tab=mine">
              {t('import.seeMine')}
            </Link>
          ) : null,
        ]}
      />
      <Flex vertical gap={16}>
        <Counts counts={result.counts} />
        {sample.length > 0 ? <ImportSample sample={sample} total={result.counts.inserted + result.counts.updated} plan={plan} planId={planId} title={t('import.written')} /> : null}
      </Flex>
    </Card>
  );
}
