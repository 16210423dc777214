/** The targets the scenario meets and those it misses, each with its gap, linked to the indicator. */
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScenarioLine } from '../../api/types.ts';
import { TONE_COLOR } from '../../components/status-style.ts';
import { formatPct } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { scenarioNs } from './messages.ts';

function TargetList({ ids, lines, met }: { ids: string[]; lines: Map<string, ScenarioLine>; met: boolean }) {
  const { t } = useTranslation(scenarioNs);
  const { lang, text } = useLang();
  const Icon = met ? CheckCircleOutlined : CloseCircleOutlined;
  if (ids.length === 0) return <Typography.Text type="secondary">{t('noTargets')}</Typography.Text>;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid={met ? 'targets-met' : 'targets-missed'}>
      {ids.map((id) => {
        const line = lines.get(id);
        const gap = line?.gapPct ?? null;
        return (
          <li key={id} style={{ display: 'flex', gap: 8, alignItems: 'baseline', padding: '3px 0' }}>
            <Icon style={{ color: met ? TONE_COLOR.success : TONE_COLOR.error }} aria-hidden />
            <Link to={`/indicators/${encodeURIComponent(id)}`} style={{ flex: 1 }}>
              {line ? text(line.name) : id}
            </Link>
            {gap === null ? null : (
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {gap >= 0 ? '+' : '−'}
                {formatPct(Math.abs(gap), lang, 1)}
              </Typography.Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function TargetsCard({ met, missed, lines }: { met: string[]; missed: string[]; lines: Map<string, ScenarioLine> }) {
  const { t } = useTranslation(scenarioNs);
  return (
    <Card title={t('targetsTitle')} data-testid="scenario-targets">
      <Row gutter={[24, 16]}>
        <Col xs={24} md={12}>
          <Typography.Title level={2} style={{ fontSize: 15, color: TONE_COLOR.success }}>
            <CheckCircleOutlined /> {t('targetsMet', { count: met.length })}
          </Typography.Title>
          <TargetList ids={met} lines={lines} met />
        </Col>
        <Col xs={24} md={12}>
          <Typography.Title level={2} style={{ fontSize: 15, color: TONE_COLOR.error }}>
            <CloseCircleOutlined /> {t('targetsMissed', { count: missed.length })}
          </Typography.Title>
          <TargetList ids={missed} lines={lines} met={false} />
        </Col>
      </Row>
    </Card>
  );
}
