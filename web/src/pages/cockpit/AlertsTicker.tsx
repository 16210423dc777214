/**
 * The big screen's alerts, scrolling upwards in a loop (the list twice, moved by half its
 * height); paused under the pointer or focus, and still for readers who ask for reduced motion.
 */
import { WarningFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { signedPct } from '../../format/indicator-format.ts';
import { formatPct } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import type { TickerEntry } from './big-screen-alerts.ts';
import { cockpitNs } from './messages.ts';

export function AlertsTicker({ entries, regionName }: { entries: TickerEntry[]; regionName: (code: string) => string }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { lang, text } = useLang();
  const line = (entry: TickerEntry): string => {
    switch (entry.kind) {
      case 'deterioration':
        return t('bigScreen.alertDeterioration', { name: text(entry.row.name), completion: formatPct(entry.row.completionPct, lang) });
      case 'behind':
        return t('bigScreen.alertBehind', { name: text(entry.row.name), gap: signedPct(entry.row.scheduleGapPct, lang) });
      case 'assigned_not_met':
        return t('bigScreen.alertAssigned', { name: text(entry.row.name), year: entry.row.assigned?.latest?.year ?? '' });
      case 'overdue':
        return t('bigScreen.alertOverdue', { region: regionName(entry.region.regionCode), count: entry.region.count });
      case 'project':
        return t('bigScreen.alertProject', { name: text(entry.project.name) });
    }
  };
  if (entries.length === 0) return <div className="big-screen-muted">{t('bigScreen.noAlerts')}</div>;
  const items = (copy: number) =>
    entries.map((entry) => (
      <li key={`${copy}-${entry.key}`} aria-hidden={copy === 1 ? true : undefined}>
        {entry.severity === 'error' ? <CloseCircleFilled style={{ color: '#ff4d4f', marginRight: 6 }} /> : <WarningFilled style={{ color: '#faad14', marginRight: 6 }} />}
        {line(entry)}
      </li>
    ));
  return (
    <div className="big-screen-ticker" tabIndex={0} aria-label={t('bigScreen.alerts')} data-testid="alerts-ticker">
      <div className="big-screen-ticker-track" style={{ animationDuration: `${Math.max(20, entries.length * 3)}s` }}>
        <ul>{items(0)}</ul>
        <ul>{items(1)}</ul>
      </div>
    </div>
  );
}
