/**
 * 大屏 — the evaluation on a wall screen (1920×1080, dark, nothing to scroll): the headline
 * targets in large numbers, how many indicators stand at each status, the three poles, every
 * indicator as a tile and the alerts scrolling by, with a clock and the time of the last
 * refresh. It refreshes itself every minute; a button puts the browser in full screen.
 */
import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined, GlobalOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, Progress, Space, Tag, theme } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { asFullEvaluation } from '../../api/evaluation-reading.ts';
import { useEvaluation, usePlanIndicators, usePlanRegions, usePlanSummary } from '../../api/queries.ts';
import type { EvaluatedIndicator, PlanSummary } from '../../api/types.ts';
import { useEvaluationView, useViewQuery } from '../../app/evaluation-view.ts';
import { useLanguageSwitch } from '../../app/LocaleProvider.tsx';
import { useSettings } from '../../app/settings.ts';
import { AssignedTag } from '../../components/AssignedTag.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { STATUS_COLOR } from '../../components/status-style.ts';
import { barPercent, targetText } from '../../format/indicator-format.ts';
import { formatPct, formatValue } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { assignedLabels, progressLabels } from '../../../../src/evaluation/statuses.ts';
import { useInternalAlerts } from './AlertsPanel.tsx';
import { AlertsTicker } from './AlertsTicker.tsx';
import { tickerEntries } from './big-screen-alerts.ts';
import './big-screen.css';
import { delayedProjects, headlineRows, overdueByRegion, pace } from './cockpit-model.ts';
import { cockpitNs } from './messages.ts';
import { PolesChart } from './PolesMiniMap.tsx';
import { StatusCharts } from './StatusDistribution.tsx';
import { useFullscreen, useNow, useWindowHeight } from './use-big-screen.ts';

const REFRESH_MS = 60_000;

function Headline({ row, plan, tolerancePct }: { row: EvaluatedIndicator; plan: PlanSummary; tolerancePct: number }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { lang, text } = useLang();
  const unit = unitOf(plan.units, row.unit);
  const color = STATUS_COLOR[row.status];
  return (
    <div className="big-screen-headline-item" data-testid="big-headline">
      <div style={{ fontSize: 17, color: '#cfe0f5' }}>{text(row.name)}</div>
      <Space align="baseline" size={16} wrap>
        <span className="big-screen-big">{formatValue(row.latest?.value, unit, lang)}</span>
        <span className="big-screen-muted">
          {row.latest ? t('inYear', { year: row.latest.year }) : t('noValue')} · {t('card.target', { target: targetText(row.target.value, row.target.kind, unit, lang), year: row.target.year })}
        </span>
      </Space>
      <Space size={6} style={{ margin: '4px 0' }}>
        <StatusTag status={row.status} />
        <ScheduleTag schedule={row.schedule} latestYear={row.latest?.year ?? null} targetYear={row.target.year} />
        <span style={{ color: '#fff', fontWeight: 600 }}>{t(`pace.${pace(row, tolerancePct)}`)}</span>
      </Space>
      <div style={{ display: 'grid', gridTemplateColumns: '110px 1fr 70px', alignItems: 'center', columnGap: 8, fontSize: 14 }}>
        <span>{t('headline.taskDone')}</span>
        <Progress percent={barPercent(row.completionPct)} showInfo={false} strokeColor={color} aria-label={t('headline.taskDone')} />
        <span style={{ textAlign: 'right', fontWeight: 600 }}>{formatPct(row.completionPct, lang)}</span>
        <span>{t('headline.timeElapsed')}</span>
        <Progress percent={barPercent(row.timeElapsedPct)} showInfo={false} strokeColor="#8fa3bf" aria-label={t('headline.timeElapsed')} />
        <span style={{ textAlign: 'right', fontWeight: 600 }}>{formatPct(row.timeElapsedPct, lang)}</span>
      </div>
    </div>
  );
}

function Tile({ row, plan, viewQuery }: { row: EvaluatedIndicator; plan: PlanSummary; viewQuery: string }) {
  const { lang, text } = useLang();
  const unit = unitOf(plan.units, row.unit);
  const assigned = row.assigned?.latest ?? null;
  return (
    <Link to={`/indicators/${row.id}${viewQuery}`} className="big-screen-tile" style={{ borderLeftColor: STATUS_COLOR[row.status] }} data-testid="bigscreen-tile">
      <span className="big-screen-tile-name" title={text(row.name)}>
        {text(row.name)}
      </span>
      <span className="big-screen-tile-value">
        {formatValue(row.latest?.value, unit, lang)}
        <span className="big-screen-muted" style={{ fontSize: 12, fontWeight: 400, marginLeft: 6 }}>
          {row.latest?.year ?? ''}
        </span>
      </span>
      <span style={{ display: 'flex', alignItems: 'center', gap: 6, justifyContent: 'space-between', minWidth: 0 }}>
        <span style={{ display: 'flex', minWidth: 0 }} title={text(assigned ? assignedLabels[assigned.status] : progressLabels[row.status])}>
          {assigned ? <AssignedTag status={assigned.status} prefix={`${assigned.year} `} /> : <StatusTag status={row.status} />}
        </span>
        <span style={{ fontSize: 13, color: '#cfe0f5', whiteSpace: 'nowrap' }}>{row.completionPct === null ? '' : formatPct(row.completionPct, lang, 0)}</span>
      </span>
    </Link>
  );
}

function Clock({ refreshedAt }: { refreshedAt: number }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const now = useNow();
  return (
    <Space size={16} align="center">
      <span className="big-screen-clock" aria-label={t('bigScreen.clock')} role="timer">
        {dayjs(now).format('YYYY-MM-DD HH:mm:ss')}
      </span>
      <span className="big-screen-muted" data-testid="last-refreshed">
        {refreshedAt ? t('bigScreen.refreshed', { time: dayjs(refreshedAt).format('HH:mm:ss') }) : ''} · {t('bigScreen.autoRefresh')}
      </span>
    </Space>
  );
}

function BigScreenBody({ year, anonymous, viewQuery }: { year: number; anonymous: boolean; viewQuery: string }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { text } = useLang();
  const plan = usePlanSummary();
  const indicators = usePlanIndicators();
  const regions = usePlanRegions();
  const settings = useSettings();
  const evaluation = useEvaluation({ year, publicPortal: anonymous, refetchIntervalMs: REFRESH_MS });
  const internal = useInternalAlerts(REFRESH_MS);
  const fullscreen = useFullscreen();
  const switchLanguage = useLanguageSwitch();
  const height = useWindowHeight();
  const scale = Math.max(0.6, height / 1080);
  const regionName = (code: string) => text(regions.data?.find((r) => r.code === code)?.name) || code;

  return (
    <div className="big-screen" data-testid="big-screen">
      <header className="big-screen-header">
        <h1 className="big-screen-title" title={settings.data ? text(settings.data.plan.title) : undefined}>
          {t('bigScreen.title')} · {settings.data ? text(settings.data.plan.title) : ''}
        </h1>
        <Tag color="blue" style={{ fontSize: 15, padding: '2px 10px' }}>
          {t('bigScreen.year', { year })}
        </Tag>
        {settings.data?.demoData ? (
          <Tag color="orange" style={{ fontSize: 15, padding: '2px 10px' }}>
            {t('common:demo.bannerShort')}
          </Tag>
        ) : null}
        <Clock refreshedAt={evaluation.dataUpdatedAt} />
        <Button icon={<GlobalOutlined />} onClick={switchLanguage} aria-label={t('common:lang.switchLabel')}>
          {t('common:lang.switch')}
        </Button>
        {fullscreen.supported ? (
          <Button icon={fullscreen.active ? <FullscreenExitOutlined /> : <FullscreenOutlined />} onClick={fullscreen.toggle} data-testid="fullscreen-button">
            {t(fullscreen.active ? 'bigScreen.exitFullscreen' : 'bigScreen.fullscreen')}
          </Button>
        ) : null}
        <Link to={`/${viewQuery}`} data-testid="big-screen-back">
          <ArrowLeftOutlined /> {t('bigScreen.back')}
        </Link>
      </header>
      <QueryState query={evaluation}>
        {(document) => {
          const full = asFullEvaluation(document);
          const summary = plan.data;
          if (!summary) return null;
          const heads = headlineRows(summary, indicators.data ?? [], full.indicators);
          const total = heads[0];
          const entries = tickerEntries(
            full.indicators,
            internal.calendar.data ? overdueByRegion(internal.calendar.data.items) : [],
            internal.projects.data ? delayedProjects(internal.projects.data) : [],
          );
          return (
            <>
              <section className="big-screen-row big-screen-top">
                <div className="big-screen-panel">
                  <h2>{t('bigScreen.headline')}</h2>
                  <div className="big-screen-headline" style={{ flex: 1 }}>
                    {heads.map((row) => (
                      <Headline key={row.id} row={row} plan={summary} tolerancePct={full.settings.scheduleTolerancePct} />
                    ))}
                  </div>
                </div>
                <div className="big-screen-panel">
                  <h2>{t('bigScreen.status')}</h2>
                  <StatusCharts
                    byStatus={full.summary.byStatus}
                    bySchedule={full.summary.bySchedule}
                    year={full.year}
                    targetYear={full.targetYear}
                    viewQuery={viewQuery}
                    dark
                    height={Math.round(300 * scale)}
                  />
                </div>
                <div className="big-screen-panel">
                  <h2>{t('bigScreen.poles')}</h2>
                  <PolesChart
                    regional={total ? full.regional.filter((r) => r.id === total.id) : []}
                    unit={total ? unitOf(summary.units, total.unit) : undefined}
                    dark
                    height={Math.round(340 * scale)}
                  />
                </div>
              </section>
              <section className="big-screen-row big-screen-bottom">
                <div className="big-screen-panel">
                  <h2>
                    {t('bigScreen.indicators')} <span className="big-screen-muted">{full.indicators.length}</span>
                  </h2>
                  <div className="big-screen-tiles">
                    {full.indicators.map((row) => (
                      <Tile key={row.id} row={row} plan={summary} viewQuery={viewQuery} />
                    ))}
                  </div>
                </div>
                <div className="big-screen-panel">
                  <h2>
                    {t('bigScreen.alerts')} <span className="big-screen-muted">{entries.length}</span>
                  </h2>
                  <AlertsTicker entries={entries} regionName={regionName} />
                </div>
              </section>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

export function BigScreenPage() {
  const { t } = useTranslation([cockpitNs, 'common']);
  const view = useEvaluationView();
  const viewQuery = useViewQuery();
  useEffect(() => {
    document.title = `${t('bigScreen.title')} · ${t('common:appShort')}`;
  }, [t]);
  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      {view.year === undefined ? null : <BigScreenBody year={view.year} anonymous={view.anonymous} viewQuery={viewQuery} />}
    </ConfigProvider>
  );
}
