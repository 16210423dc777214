/**
 * One tier's assessment in full: the verdict in the API's words, the rules applied and their
 * issuing document, the smallest change that would make it pass, what is missing, the groups
 * and score dimensions, every criterion, and the direct paths (直通条件).
 */
import { Alert, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../api/text.ts';
import type { AssessmentJson } from '../../api/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import type { Bound } from '../../../../src/cultivation/comparator.ts';
import { formatBound } from '../../../../src/cultivation/format.ts';
import { CriteriaTable } from './CriteriaTable.tsx';
import { enterprisesNs } from './messages.ts';

type Dimension = AssessmentJson['dimensions'][number];

const ALERT_TYPE = { passed: 'success', 'to-confirm': 'info', incomplete: 'warning', failed: 'error', 'no-rule-set': 'info' } as const;

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginTop: 12 }}>
      <h4 style={{ fontSize: 14, margin: '0 0 6px' }}>{title}</h4>
      {children}
    </section>
  );
}

export function TierAssessmentDetail({ assessment: a, labels }: { assessment: AssessmentJson; labels: ReadonlyMap<string, Text> }) {
  const { t } = useTranslation(enterprisesNs);
  const { text, lang } = useLang();
  const rules = a.ruleSet;
  const dimensionColumns: ColumnsType<Dimension> = [
    { key: 'name', title: t('check.dimension'), render: (_, d) => text(d.name) },
    { key: 'points', title: t('check.col.points'), align: 'right', render: (_, d) => `${d.points} / ${d.max}` },
    {
      key: 'minimum',
      title: t('check.col.requirement'),
      render: (_, d) => (d.minimum ? t('check.dimensionMin', { bound: formatBound({ op: d.minimum.comparator, value: d.minimum.value } as Bound, 'points', lang) }) : '—'),
    },
    { key: 'met', title: t('check.col.outcome'), render: (_, d) => (d.minimum ? <Tag color={d.met ? 'success' : 'error'}>{d.met ? t('check.outcome.met') : t('check.outcome.not-met')}</Tag> : '—') },
  ];
  return (
    <div data-testid={`assessment-${a.tier}`}>
      <Alert type={ALERT_TYPE[a.status]} showIcon title={text(a.summary)} data-testid={`summary-${a.tier}`} />
      {a.changes.length > 0 ? (
        <Block title={t('check.changes')}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('check.changesHint')}
          </Typography.Text>
          <ol style={{ margin: '4px 0 0', paddingLeft: 20 }} data-testid={`changes-${a.tier}`}>
            {a.changes.map((c, i) => (
              <li key={`${c.group}|${c.criterionId ?? i}`}>{text(c.message)}</li>
            ))}
          </ol>
        </Block>
      ) : null}
      <Block title={t('check.missing')}>
        {a.missing.length === 0 ? (
          <Typography.Text type="secondary">{t('check.missingNone')}</Typography.Text>
        ) : (
          <Flex wrap gap={4} data-testid={`missing-${a.tier}`}>
            {a.missing.map((m) => (
              <Tag key={`${m.kind}|${m.fact ?? m.field}|${m.year ?? ''}`} color={m.kind === 'fact' ? 'processing' : 'warning'}>
                {text(m.name)}
              </Tag>
            ))}
          </Flex>
        )}
      </Block>
      {rules ? (
        <Block title={t('check.ruleSet')}>
          <Descriptions size="small" bordered column={{ xs: 1, lg: 2 }}>
            <Descriptions.Item label={t('check.ruleSet')}>{text(rules.name)}</Descriptions.Item>
            <Descriptions.Item label={t('check.document')}>{rules.document}</Descriptions.Item>
            <Descriptions.Item label={t('check.issuedBy')}>{text(rules.issuedBy)}</Descriptions.Item>
            <Descriptions.Item label={t('check.effective')}>{rules.effectiveTo ? `${rules.effectiveFrom} – ${rules.effectiveTo}` : t('check.effectiveOpen', { from: rules.effectiveFrom })}</Descriptions.Item>
          </Descriptions>
          {a.carriedFrom ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 4 }}>
              {t('check.carried', { name: `${text(a.carriedFrom.name)} ${a.carriedFrom.document}` })}
            </Typography.Text>
          ) : null}
          {a.unverified ? <Alert type="warning" showIcon style={{ marginTop: 8 }} title={t('check.unverifiedRules')} description={text(rules.basis)} /> : null}
          {a.note ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
              {t('check.note')}
              {lang === 'zh' ? '：' : ': '}
              {text(a.note)}
            </Typography.Paragraph>
          ) : null}
        </Block>
      ) : (
        <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('check.noRuleSet')} />
      )}
      {a.groups.length > 0 ? (
        <Block title={t('check.groups')}>
          <Flex wrap gap={6}>
            {a.groups.map((g) => (
              <Tag key={g.id} color={g.passed ? 'success' : 'error'} style={{ padding: '2px 8px' }}>
                {lang === 'zh'
                  ? `${text(g.name)}（${t(`check.group.${g.rule}`)}）：${g.passed ? t('check.groupPassed') : t('check.groupFailed')}`
                  : `${text(g.name)} (${t(`check.group.${g.rule}`)}): ${g.passed ? t('check.groupPassed') : t('check.groupFailed')}`}
                {g.directPath ? ` · ${t('check.viaDirectPath', { name: text(a.directPaths.find((p) => p.id === g.directPath)?.name) || g.directPath })}` : ''}
              </Tag>
            ))}
          </Flex>
        </Block>
      ) : null}
      {a.dimensions.length > 0 ? (
        <Block title={t('check.dimensions')}>
          <Table<Dimension> rowKey="id" size="small" columns={dimensionColumns} dataSource={a.dimensions} pagination={false} />
        </Block>
      ) : null}
      {a.criteria.length > 0 ? (
        <Block title={t('check.criteria')}>
          <CriteriaTable assessment={a} labels={labels} />
        </Block>
      ) : null}
      {a.directPaths.length > 0 ? (
        <Block title={t('check.directPaths')}>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {a.directPaths.map((p) => (
              <li key={p.id}>
                {text(p.name)}{' '}
                <Tag color={p.applies === true ? 'success' : p.applies === false ? 'default' : 'processing'}>
                  {p.applies === true ? t('check.directApplies') : p.applies === false ? t('check.directNot') : t('check.directOpen')}
                </Tag>
                {p.unverified ? <Tag color="warning">{t('check.unverified')}</Tag> : null}
              </li>
            ))}
          </ul>
        </Block>
      ) : null}
    </div>
  );
}
