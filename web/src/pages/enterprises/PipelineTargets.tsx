/**
 * The plan's enterprise-count targets (表2-1: 600 规上高企, 750 专精特新, 22 小巨人 by 2030) against
 * the registry: counted now, with the candidates, what is still short and the yearly pace needed.
 */
import { Card, Col, Flex, Progress, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PipelineJson } from '../../api/types.ts';
import { formatNumber, formatPct } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { targetRows } from './funnel-data.ts';
import { enterprisesNs } from './messages.ts';

export function PipelineTargets({ pipeline }: { pipeline: PipelineJson }) {
  const { t } = useTranslation(enterprisesNs);
  const { text, lang } = useLang();
  const rows = targetRows(pipeline);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="targets-heading" style={{ marginBottom: 16 }}>
      <h2 id="targets-heading" style={{ fontSize: 16 }}>
        {t('funnel.targets', { year: rows[0]!.targetYear })}
      </h2>
      <Row gutter={[12, 12]}>
        {rows.map((r) => (
          <Col key={r.indicatorId} xs={24} md={8}>
            <Card size="small" data-testid={`target-${r.indicatorId}`}>
              <Flex justify="space-between" align="baseline" gap={8}>
                <Link to={`/indicators/${r.indicatorId}`} style={{ fontWeight: 500 }}>
                  {text(r.name)}
                </Link>
                {r.aboveSizeOnly ? <Tag>{t('funnel.aboveSize')}</Tag> : null}
              </Flex>
              <Typography.Text style={{ fontSize: 22, fontWeight: 600, display: 'block', margin: '4px 0' }}>
                {t('funnel.targetOf', { current: formatNumber(r.current, lang, 0), target: r.target === null ? '—' : formatNumber(r.target, lang, 0) })}
              </Typography.Text>
              <Progress
                percent={Math.min(100, r.withCandidatesPct ?? 0)}
                success={{ percent: Math.min(100, r.currentPct ?? 0) }}
                format={() => formatPct(r.currentPct, lang)}
                aria-label={`${t('funnel.targetCurrent')} ${formatPct(r.currentPct, lang)}; ${t('funnel.targetWith', { with: r.current + r.candidates, pct: formatPct(r.withCandidatesPct, lang) })}`}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('funnel.targetWith', { with: formatNumber(r.current + r.candidates, lang, 0), pct: formatPct(r.withCandidatesPct, lang) })}
              </Typography.Text>
              <Typography.Text type={r.gapAfterCandidates !== null && r.gapAfterCandidates > 0 ? 'danger' : 'success'} style={{ fontSize: 12, display: 'block' }}>
                {r.gapAfterCandidates === null
                  ? null
                  : r.gapAfterCandidates > 0
                    ? t('funnel.targetGap', { gap: formatNumber(r.gapAfterCandidates, lang, 0) })
                    : t('funnel.targetReached')}
                {r.neededPerYear !== null && r.neededPerYear > 0 ? ` · ${t('funnel.targetPerYear', { n: formatNumber(r.neededPerYear, lang, 1) })}` : null}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
