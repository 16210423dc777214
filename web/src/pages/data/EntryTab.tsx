/**
 * 在线填报: choose the place (the user's regions and parks, as the API's policy allows) and
 * the year, then enter the values in EntryForm. Place and year live in the URL, so a
 * calendar item links straight to its form. Readers who may not enter (province analysts,
 * viewers) see the same form read-only, with the reason.
 */
import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Flex, Select, Switch, Typography, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { User } from '../../api/types.ts';
import { ROLE_LABELS } from '../../app/role-labels.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { useCalendar } from './CalendarTab.tsx';
import { EntryForm } from './EntryForm.tsx';
import { dataNs } from './messages.ts';
import { useObservations } from './observations-api.ts';
import { placeLabel, writablePlaces, type Place } from './places.ts';
import type { DataPlan } from './use-data-plan.ts';

function yearsOf(plan: DataPlan): number[] {
  const years: number[] = [];
  for (let y = plan.baseYear; y <= plan.targetYear; y++) years.push(y);
  return years;
}

export function EntryTab({ plan, user }: { plan: DataPlan; user: User }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const [params, setParams] = useSearchParams();
  const writable = useMemo(() => writablePlaces(user, plan.places), [user, plan.places]);
  const writer = writable.length > 0;
  const choices = writer ? writable : plan.places;
  const asked = params.get('place');
  const place: Place = choices.find((p) => p.key === asked) ?? choices[0]!;
  const refusedPlace = asked !== null && asked !== place.key ? plan.places.find((p) => p.key === asked) : undefined;

  const calendar = useCalendar();
  const values = useObservations({ region: place.regionCode });
  const years = yearsOf(plan);
  const period = periodOf(params.get('period'), years, place, values.data, calendar.data?.items);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    next.set('tab', 'entry');
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  const regionOptions = groupedOptions(choices, plan, text);
  const showAll = params.get('all') === '1';

  return (
    <Flex vertical gap={16}>
      <Flex gap={16} wrap align="flex-end">
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t('entry.place')}</Typography.Text>
          <Select
            data-testid="entry-place"
            aria-label={t('entry.place')}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 340 }}
            value={place.key}
            onChange={(key: string) => update({ place: key, series: null })}
            options={regionOptions}
          />
        </Flex>
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t('entry.period')}</Typography.Text>
          <Select
            data-testid="entry-period"
            aria-label={t('entry.period')}
            style={{ width: 140 }}
            value={period}
            onChange={(year: string) => update({ period: year, series: null })}
            options={years.map((y) => ({ value: String(y), label: t('entry.year', { year: y }) }))}
          />
        </Flex>
        <Flex gap={8} align="center" style={{ paddingBottom: 4 }}>
          <Switch id="entry-show-all" checked={showAll} onChange={(on) => update({ all: on ? '1' : null })} />
          <label htmlFor="entry-show-all">{t('entry.showAll')}</label>
        </Flex>
      </Flex>
      {refusedPlace ? (
        <Alert type="warning" showIcon title={t('entry.notYourPlace', { place: placeLabel(refusedPlace, plan.names, text), shown: placeLabel(place, plan.names, text) })} />
      ) : null}
      {!writer ? (
        <Alert
          type="info"
          showIcon
          icon={<InfoCircleOutlined />}
          title={t('entry.readOnly', { role: text(ROLE_LABELS[user.role]) })}
          description={t('entry.readOnlyWhy')}
          data-testid="entry-read-only"
        />
      ) : null}
      <QueryState query={{ data: values.data && calendar.data ? { values: values.data, calendar: calendar.data } : undefined, error: values.error ?? calendar.error, isPending: values.isPending || calendar.isPending, refetch: () => void values.refetch() }}>
        {(data) => (
          <EntryForm
            key={`${place.key}|${period}|${showAll ? 'all' : 'listed'}`}
            plan={plan}
            place={place}
            period={period}
            stored={data.values}
            calendar={data.calendar.items.filter((i) => i.regionCode === place.regionCode && i.parkId === place.parkId && i.period === period)}
            today={data.calendar.today}
            canWrite={writer}
            showAll={showAll}
            highlight={params.get('series')}
          />
        )}
      </QueryState>
    </Flex>
  );
}

/**
 * The year shown: the one asked for; else the earliest open calendar period of the place;
 * else the year after the last with a value here (what is to be reported next); else the
 * first plan year after the base year.
 */
function periodOf(
  asked: string | null,
  years: number[],
  place: Place,
  stored: { period: string; parkId: string | null }[] | undefined,
  calendar: { regionCode: string; parkId: string | null; period: string; state: string }[] | undefined,
): string {
  if (asked && years.includes(Number(asked))) return asked;
  const open = (calendar ?? [])
    .filter((i) => i.regionCode === place.regionCode && i.parkId === place.parkId && i.state !== 'done' && years.includes(Number(i.period)))
    .map((i) => i.period)
    .sort()[0];
  if (open) return open;
  const last = Math.max(...(stored ?? []).filter((o) => o.parkId === place.parkId && /^\d{4}$/.test(o.period)).map((o) => Number(o.period)));
  const next = Number.isFinite(last) ? Math.min(last + 1, years[years.length - 1]!) : years[Math.min(1, years.length - 1)]!;
  return String(next);
}

function groupedOptions(places: readonly Place[], plan: DataPlan, text: ReturnType<typeof useLang>['text']): SelectProps['options'] {
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const p of places) {
    let group = groups.get(p.regionCode);
    if (!group) groups.set(p.regionCode, (group = { label: text(plan.names.region(p.regionCode)), options: [] }));
    group.options.push({ value: p.key, label: placeLabel(p, plan.names, text) });
  }
  // A single region with no parks needs no group heading.
  const list = [...groups.values()];
  return list.length === 1 && list[0]!.options.length === 1 ? list[0]!.options : list;
}
