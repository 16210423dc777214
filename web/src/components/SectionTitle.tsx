/** A card's title as a level-2 heading, so the page's outline (h1 → h2) reads in a screen reader. */
import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
      {children}
    </Typography.Title>
  );
}
