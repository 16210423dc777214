/** A control with its visible label before it, tied to it by aria-labelledby (a select, a button group). */
import { Flex, Typography } from 'antd';
import { useId, type CSSProperties, type ReactNode } from 'react';

export function LabelledControl({ label, style, children }: { label: ReactNode; style?: CSSProperties; children: (labelId: string) => ReactNode }) {
  const id = useId();
  return (
    <Flex gap={8} align="center" style={style}>
      <Typography.Text id={id}>{label}</Typography.Text>
      {children(id)}
    </Flex>
  );
}
