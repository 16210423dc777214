/**
 * 数据填报 (/data): the reporting calendar, the entry form, templates and imports, the
 * approval queue and the officer's own submissions — the tabs a role has any use for, the
 * open tab in the URL (?tab=…) so a link or a reload lands on it. The counts that need
 * attention (overdue items, values awaiting approval, returned values) are on the tabs.
 */
import { AuditOutlined, CalendarOutlined, CloudUploadOutlined, FormOutlined, ProfileOutlined } from '@ant-design/icons';
import { Badge, Flex, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { User } from '../../api/types.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { CalendarTab, useCalendar } from './CalendarTab.tsx';
import { entersData, tabsFor, type DataTab } from './data-access.ts';
import { EntryTab } from './EntryTab.tsx';
import { importKindsFor } from './import-kinds.ts';
import { ImportTab } from './ImportTab.tsx';
import { dataNs } from './messages.ts';
import { MineTab } from './MineTab.tsx';
import { useObservations } from './observations-api.ts';
import { useApprovalQueue } from './PendingQueue.tsx';
import { ReviewTab } from './ReviewTab.tsx';
import { useDataPlan } from './use-data-plan.ts';

const ICONS: Record<DataTab, ReactNode> = {
  calendar: <CalendarOutlined />,
  entry: <FormOutlined />,
  import: <CloudUploadOutlined />,
  review: <AuditOutlined />,
  mine: <ProfileOutlined />,
};

export function DataPage() {
  const { t } = useTranslation([dataNs, 'common']);
  const { user } = useSession();
  const plan = useDataPlan();
  const [params, setParams] = useSearchParams();
  // The route's guard lets only signed-in users here.
  if (!user) return null;
  const kinds = importKindsFor(user);
  const tabs = tabsFor(user, kinds);
  const asked = params.get('tab') as DataTab | null;
  const active = asked && tabs.includes(asked) ? asked : tabs[0];

  return (
    <>
      <PageHeader title={t('title')} subtitle={t(`roleHint.${user.role}`)} />
      <QueryState query={plan}>
        {(data) => (
          <Tabs
            activeKey={active}
            onChange={(key) => setParams({ tab: key })}
            destroyOnHidden
            items={tabs.map((tab) => ({
              key: tab,
              label: <TabLabel tab={tab} user={user} />,
              children: (
                <div data-testid={`data-tab-${tab}`}>
                  {tab === 'calendar' ? <CalendarTab plan={data} canEnter={entersData(user)} /> : null}
                  {tab === 'entry' ? <EntryTab plan={data} user={user} /> : null}
                  {tab === 'import' ? <ImportTab plan={data} user={user} kinds={kinds} /> : null}
                  {tab === 'review' ? <ReviewTab plan={data} user={user} /> : null}
                  {tab === 'mine' ? <MineTab plan={data} user={user} /> : null}
                </div>
              ),
            }))}
          />
        )}
      </QueryState>
    </>
  );
}

/** The tab's icon and name, with the number that needs attention there. */
function TabLabel({ tab, user }: { tab: DataTab; user: User }) {
  const { t } = useTranslation(dataNs);
  return (
    <Flex gap={6} align="center" data-testid={`tab-${tab}`}>
      {ICONS[tab]}
      <span>{t(`tab.${tab}`)}</span>
      {tab === 'calendar' ? <OverdueBadge /> : null}
      {tab === 'review' ? <QueueBadge user={user} /> : null}
      {tab === 'mine' ? <ReturnedBadge user={user} /> : null}
    </Flex>
  );
}

function CountBadge({ count, label, color }: { count: number; label: string; color: string }) {
  if (count === 0) return null;
  return <Badge count={count} color={color} title={label} aria-label={label} overflowCount={999} />;
}

function OverdueBadge() {
  const { t } = useTranslation(dataNs);
  const count = useCalendar().data?.totals.overdue ?? 0;
  return <CountBadge count={count} label={t('badge.overdue', { count })} color="#cf1322" />;
}

function QueueBadge({ user }: { user: User }) {
  const { t } = useTranslation(dataNs);
  const count = useApprovalQueue(user).actionable.length;
  return <CountBadge count={count} label={t('badge.pending', { count })} color="#1677ff" />;
}

function ReturnedBadge({ user }: { user: User }) {
  const { t } = useTranslation(dataNs);
  const count = (useObservations({ enteredBy: user.username }).data ?? []).filter((o) => o.status === 'returned').length;
  return <CountBadge count={count} label={t('badge.returned', { count })} color="#d48806" />;
}
