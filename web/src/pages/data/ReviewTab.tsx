/**
 * 审核: the values awaiting this user's approval — park data at region level for a region
 * officer, everything ready for the province for analysts and administrators — each with
 * its change against last year's approved value, who submitted it and when; approve, return
 * with a reason, approve a selection at once, read a value's history. Province-level users
 * also find approved values here to reopen them, with a reason.
 */
import { Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { User } from '../../api/types.ts';
import { ApprovedList } from './ApprovedList.tsx';
import { mayReopen } from './data-access.ts';
import { dataNs } from './messages.ts';
import { PendingQueue } from './PendingQueue.tsx';
import type { DataPlan } from './use-data-plan.ts';

type View = 'pending' | 'approved';

export function ReviewTab({ plan, user }: { plan: DataPlan; user: User }) {
  const { t } = useTranslation(dataNs);
  const [params, setParams] = useSearchParams();
  const reopens = mayReopen(user);
  const view: View = reopens && params.get('view') === 'approved' ? 'approved' : 'pending';
  return (
    <Flex vertical gap={16}>
      {reopens ? (
        <Segmented<View>
          aria-label={t('review.view')}
          value={view}
          onChange={(v) => setParams({ tab: 'review', view: v })}
          options={[
            { value: 'pending', label: t('review.pending') },
            { value: 'approved', label: t('review.approved') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      {view === 'pending' ? <PendingQueue plan={plan} user={user} /> : <ApprovedList plan={plan} user={user} />}
    </Flex>
  );
}
