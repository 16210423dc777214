/**
 * Region boundaries for the map: upload a GeoJSON file (PUT /api/boundaries, multipart
 * `file`), see which plan regions got an outline and which did not, or — when the API
 * refuses the file — each problem with its feature's index, name or code, where and what was
 * expected. Delete after a confirmation.
 */
import { DeleteOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiSend } from '../../api/client.ts';
import { usePlanRegions } from '../../api/queries.ts';
import type { BoundariesSummary } from '../../api/types.ts';
import { useSettings } from '../../app/settings.ts';
import { errorText } from '../../components/QueryState.tsx';
import { formatTime } from '../../format/date-time.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { boundaryProblems, featureLabels, type BoundaryProblem } from './boundary-errors.ts';
import { BoundaryPreview } from './BoundaryPreview.tsx';
import { adminNs } from './messages.ts';

interface Rejection {
  file: string;
  message: string;
  problems: BoundaryProblem[];
}

export function BoundariesTab() {
  const { t } = useTranslation(adminNs);
  const { text } = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const regions = usePlanRegions();
  const [uploading, setUploading] = useState(false);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const current = settings.data?.boundaries ?? null;

  async function upload(file: File) {
    setUploading(true);
    setRejection(null);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const summary = await apiSend<BoundariesSummary>('PUT', '/api/boundaries', form);
      void message.success(t('uploadDone', { name: summary.name, features: summary.features, regions: summary.matchedRegions.length }));
      await queryClient.invalidateQueries({ queryKey: ['settings'] });
    } catch (error) {
      if (error instanceof ApiError && error.details.length > 0) {
        const labels = featureLabels(await file.text());
        setRejection({ file: file.name, message: text(error.text), problems: boundaryProblems(error.details, labels) });
      } else {
        setRejection({ file: file.name, message: errorText(error, text), problems: [] });
      }
    } finally {
      setUploading(false);
    }
  }

  async function remove() {
    try {
      await apiSend('DELETE', '/api/boundaries');
      void message.success(t('deletedDone'));
      await queryClient.invalidateQueries({ queryKey: ['settings'] });
    } catch (error) {
      void message.error(errorText(error, text));
    }
  }

  const allRegions = regions.data ?? [];
  const matched = new Set(current?.matchedRegions ?? []);
  const missing = allRegions.filter((r) => !matched.has(r.code));

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph style={{ maxWidth: 960 }}>{t('boundariesExplain')}</Typography.Paragraph>
      <div data-testid="boundary-upload">
        <Upload.Dragger
          accept=".geojson,.json,application/geo+json,application/json"
          multiple={false}
          showUploadList={false}
          disabled={uploading}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{uploading ? t('uploading') : t('uploadDrop')}</p>
          <p className="ant-upload-hint">{t('uploadHint')}</p>
        </Upload.Dragger>
      </div>

      {rejection ? (
        <Card size="small" data-testid="boundary-problems">
          <Alert type="error" showIcon title={t('uploadRejected', { file: rejection.file, count: rejection.problems.length })} description={rejection.message} style={{ marginBottom: 12 }} />
          {rejection.problems.length > 0 ? (
            <Table<BoundaryProblem>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={rejection.problems}
              caption={<Typography.Text type="secondary">{t('problemsCaption')}</Typography.Text>}
              columns={[
                { title: t('problem.feature'), dataIndex: 'feature', width: 90, render: (i: number | null) => (i === null ? t('problem.file') : `#${i}`) },
                {
                  title: t('problem.name'),
                  key: 'name',
                  render: (_, p) => [p.name, p.code].filter((v) => v !== null).join(' · ') || '—',
                },
                { title: t('problem.where'), dataIndex: 'where', render: (w: string | null) => (w ? <Typography.Text code>{w}</Typography.Text> : '—') },
                {
                  title: t('problem.message'),
                  key: 'message',
                  render: (_, p) => (
                    <>
                      {p.message ? <div>{text(p.message)}</div> : null}
                      {p.expected ? (
                        <Typography.Text type="secondary">
                          {t('problem.expected')}：{text(p.expected)}
                        </Typography.Text>
                      ) : null}
                      {p.value !== undefined && p.value !== null ? (
                        <div>
                          <Typography.Text code>{JSON.stringify(p.value)}</Typography.Text>
                        </div>
                      ) : null}
                    </>
                  ),
                },
              ]}
            />
          ) : null}
        </Card>
      ) : null}

      {current ? (
        <Card
          title={t('boundariesCurrent')}
          data-testid="boundary-current"
          extra={
            <Popconfirm title={t('confirmDelete')} onConfirm={() => remove()} okButtonProps={{ danger: true }}>
              <Button danger icon={<DeleteOutlined />} data-testid="boundary-delete">
                {t('deleteBoundaries')}
              </Button>
            </Popconfirm>
          }
        >
          <Row gutter={[24, 16]}>
            <Col xs={24} lg={12}>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('boundary.file')}>{current.name}</Descriptions.Item>
                <Descriptions.Item label={t('boundary.features')}>{current.features}</Descriptions.Item>
                <Descriptions.Item label={t('boundary.uploadedAt')}>{formatTime(current.uploadedAt)}</Descriptions.Item>
                {current.uploadedBy ? <Descriptions.Item label={t('boundary.uploadedBy')}>{current.uploadedBy}</Descriptions.Item> : null}
              </Descriptions>
              <Typography.Title level={2} style={{ fontSize: 14, marginTop: 12 }}>
                {t('boundary.matched', { count: current.matchedRegions.length, total: allRegions.length })}
              </Typography.Title>
              <Flex gap={4} wrap data-testid="boundary-matched">
                {current.matchedRegions.map((code) => {
                  const region = allRegions.find((r) => r.code === code);
                  return (
                    <Tag key={code} color="blue" data-code={code}>
                      {region ? text(region.name) : code}
                    </Tag>
                  );
                })}
              </Flex>
              <Typography.Title level={2} style={{ fontSize: 14, marginTop: 12 }}>
                {missing.length === 0 ? t('boundary.allMatched') : t('boundary.missing', { count: missing.length })}
              </Typography.Title>
              <Flex gap={4} wrap>
                {missing.map((r) => (
                  <Tag key={r.code}>{text(r.name)}</Tag>
                ))}
              </Flex>
            </Col>
            <Col xs={24} lg={12}>
              <BoundaryPreview uploadedAt={current.uploadedAt} />
            </Col>
          </Row>
        </Card>
      ) : (
        <Alert type="info" showIcon title={t('boundariesNone')} data-testid="boundary-none" />
      )}
    </Flex>
  );
}
