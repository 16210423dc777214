/**
 * A view's filters in one labelled row (role="search"): clearable selects, each named by its
 * label (read aloud and shown as the placeholder), and "clear filters" while any is set. The
 * pages keep the values in the address, so a filtered view can be bookmarked and shared.
 */
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function FilterBar({ label, filtered, onClear, children }: { label: string; filtered: boolean; onClear: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} role="search" aria-label={label}>
      {children}
      {filtered ? (
        <Button icon={<ClearOutlined />} onClick={onClear}>
          {t('filter.clear')}
        </Button>
      ) : null}
    </Flex>
  );
}

export interface FilterSelectProps<V> {
  label: string;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  options: { value: V; label: string }[];
  minWidth: number;
  /** Typing narrows the list (long lists of names). */
  searchable?: boolean;
  /** The list may be wider than the control (long names). */
  widePopup?: boolean;
  testId: string;
}

export function FilterSelect<V extends string | number>({ label, value, onChange, options, minWidth, searchable = false, widePopup = false, testId }: FilterSelectProps<V>) {
  return (
    <Select<V>
      aria-label={label}
      placeholder={label}
      allowClear
      showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
      style={{ minWidth }}
      popupMatchSelectWidth={widePopup ? false : undefined}
      value={value}
      onChange={(next?: V) => onChange(next)}
      options={options}
      data-testid={testId}
    />
  );
}
