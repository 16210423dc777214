/** old → new with the difference and the change in per cent; a large change is flagged in words and with an icon. */
import { WarningOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPct } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { dataNs } from './messages.ts';
import type { Unit } from './series.ts';
import { formatInUnit, formatSigned } from './unit-format.ts';
import type { ValueChange } from './value-change.ts';

export function ValueChangeText({ change, unit, showValues = true }: { change: ValueChange; unit: Unit | undefined; showValues?: boolean }) {
  const { t } = useTranslation(dataNs);
  const { lang } = useLang();
  const percentUnit = unit?.symbol === '%';
  const delta = `${formatSigned(change.delta, lang, 4)}${percentUnit ? ` ${t('change.points')}` : ''}`;
  const pct = change.pct === null ? null : `${change.pct > 0 ? '+' : ''}${formatPct(change.pct, lang)}`;
  return (
    <Flex vertical gap={2} data-testid="value-change">
      {showValues ? (
        <Typography.Text>
          {formatInUnit(change.old, unit, lang)} → <strong>{formatInUnit(change.new, unit, lang)}</strong>
        </Typography.Text>
      ) : null}
      <Flex gap={6} align="center" wrap>
        <Typography.Text type="secondary">
          {delta}
          {pct ? (lang === 'zh' ? `（${pct}）` : ` (${pct})`) : ''}
        </Typography.Text>
        {change.large ? (
          <Tag color="warning" icon={<WarningOutlined />} data-testid="large-change">
            {t('change.large')}
          </Tag>
        ) : null}
      </Flex>
    </Flex>
  );
}
