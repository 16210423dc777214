/**
 * One growth assumption: a slider and, beside it, a number field for an exact value (both
 * labelled for screen readers), the tag saying where the value comes from, and what it
 * leads to in the target year.
 */
import { Flex, InputNumber, Slider, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioNs } from './messages.ts';
import { sliderBounds } from './scenario-model.ts';

export interface GrowthControlProps {
  id: string;
  name: string;
  value: number | null;
  limits: { min: number; max: number };
  onChange: (pct: number) => void;
  tag?: ReactNode;
  /** Right of the name: the met/missed tag. */
  status?: ReactNode;
  /** Below the slider: projected against target. */
  outcome?: ReactNode;
  disabled?: boolean;
}

const STEP = 0.5;

export function GrowthControl({ id, name, value, limits, onChange, tag, status, outcome, disabled = false }: GrowthControlProps) {
  const { t } = useTranslation(scenarioNs);
  const bounds = sliderBounds(value, limits);
  return (
    <div data-testid={`growth-${id}`} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex align="center" gap={8} wrap style={{ minWidth: 0 }}>
          <Typography.Text strong>{name}</Typography.Text>
          {tag}
        </Flex>
        {status}
      </Flex>
      <Flex align="center" gap={12}>
        <Slider
          style={{ flex: 1, margin: '10px 6px' }}
          min={bounds.min}
          max={bounds.max}
          step={STEP}
          value={value ?? 0}
          disabled={disabled || value === null}
          onChange={(v: number) => onChange(v)}
          tooltip={{ formatter: (v) => `${v ?? ''}%` }}
          // A dot at zero: left of it the cluster shrinks.
          marks={{ 0: '' }}
          ariaLabelForHandle={t('growthSlider', { name })}
        />
        <InputNumber
          style={{ width: 108 }}
          min={limits.min}
          max={limits.max}
          step={STEP}
          precision={2}
          value={value}
          disabled={disabled || value === null}
          suffix="%"
          onChange={(v) => {
            if (typeof v === 'number' && Number.isFinite(v)) onChange(Math.min(limits.max, Math.max(limits.min, v)));
          }}
          aria-label={t('growthInput', { name })}
          data-testid={`growth-input-${id}`}
        />
      </Flex>
      {outcome ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {outcome}
        </Typography.Text>
      ) : null}
    </div>
  );
}
