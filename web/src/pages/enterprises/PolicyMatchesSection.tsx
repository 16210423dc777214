/**
 * Policies granted without application (免申即享) for one enterprise: those it qualifies for,
 * with every condition met; the near ones (to confirm, missing data, one condition short) with
 * what stands in the way; the others folded away. Example policies say so.
 */
import { Alert, Collapse, Empty, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyMatchJson } from '../../api/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { criterionOutcome } from './criterion-format.ts';
import { OutcomeTag } from './CriteriaTable.tsx';
import { enterprisesNs } from './messages.ts';
import { policyGroups } from './policy-groups.ts';

const STATUS_COLOR: Record<PolicyMatchJson['status'], string> = { eligible: 'success', 'to-confirm': 'processing', incomplete: 'warning', 'not-eligible': 'default', 'not-in-force': 'default' };

function MatchCard({ match }: { match: PolicyMatchJson }) {
  const { t } = useTranslation(enterprisesNs);
  const { text } = useLang();
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 12 }} data-testid={`policy-match-${match.policyId}`}>
      <Flex wrap gap={6} align="center" style={{ marginBottom: 4 }}>
        <Typography.Text strong>{text(match.policyName)}</Typography.Text>
        <Tag color={STATUS_COLOR[match.status]}>{t(`pm.status.${match.status}`)}</Tag>
        {match.autoGrant ? <Tag color="green">{t('policies.autoGrant')}</Tag> : <Tag>{t('policies.apply')}</Tag>}
        {match.example ? <Tag color="orange">{t('pm.example')}</Tag> : null}
      </Flex>
      <Typography.Paragraph style={{ marginBottom: 6 }}>{text(match.explanation)}</Typography.Paragraph>
      <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }} aria-label={t('pm.reasons')}>
        {match.reasons.map((r) => (
          <li key={r.id} style={{ marginBottom: 2 }}>
            <OutcomeTag outcome={criterionOutcome(r)} /> <Typography.Text style={{ fontSize: 13 }}>{text(r.explanation)}</Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Group({ title, matches, empty }: { title: string; matches: PolicyMatchJson[]; empty: string }) {
  return (
    <section style={{ marginBottom: 16 }}>
      <h3 style={{ fontSize: 15 }}>{title}</h3>
      {matches.length === 0 ? (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {matches.map((m) => (
            <MatchCard key={m.policyId} match={m} />
          ))}
        </Flex>
      )}
    </section>
  );
}

export function PolicyMatchesSection({ matches }: { matches: PolicyMatchJson[] }): ReactNode {
  const { t } = useTranslation(enterprisesNs);
  if (matches.length === 0) return <Empty />;
  const groups = policyGroups(matches);
  return (
    <div data-testid="policy-matches">
      {matches.some((m) => m.example) ? <Alert type="warning" showIcon title={t('policies.examplesTitle')} description={t('policies.examples')} style={{ marginBottom: 12 }} /> : null}
      <Group title={t('pm.eligible', { count: groups.eligible.length })} matches={groups.eligible} empty={t('pm.noneEligible')} />
      <Group title={t('pm.near', { count: groups.near.length })} matches={groups.near} empty={t('pm.noneNear')} />
      {groups.other.length > 0 ? (
        <Collapse
          items={[
            {
              key: 'other',
              label: t('pm.other', { count: groups.other.length }),
              children: (
                <Flex vertical gap={8}>
                  {groups.other.map((m) => (
                    <MatchCard key={m.policyId} match={m} />
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
