/** A moment as every page shows it: 2026-03-14 09:30, in the reader's time zone. */
import dayjs from 'dayjs';

/** The moment, or `none` ('—' unless given) when there is none. */
export function formatTime(at: string | null | undefined, none = '—'): string {
  return at ? dayjs(at).format('YYYY-MM-DD HH:mm') : none;
}
