/** A count that opens the list of enterprises behind it; a plain number when there is nothing to list. */
import { Button } from 'antd';

export function CountButton({ value, label, onClick, testId }: { value: number; label: string; onClick: () => void; testId?: string }) {
  if (value === 0) return <span aria-label={label}>0</span>;
  return (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={onClick} aria-label={label} data-testid={testId}>
      {value}
    </Button>
  );
}
