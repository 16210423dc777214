/**
 * "Today" for judging dates (overdue milestones, certificates valid now): the calendar day
 * in China, where Plansight's plans are made and their dates written. China keeps one time
 * zone, UTC+8, with no daylight saving, so a fixed offset is exact.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

export function dayInChina(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
