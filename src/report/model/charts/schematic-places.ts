/** Places on a schematic map: short labels, and the far-away places left out of it. */
/** 乐东黎族自治县 → 乐东, Ledong Li Autonomous County → Ledong: labels a schematic map can hold. */
export function shortName(name: string): string {
  const stripped = name
    .replace(/(黎族苗族自治县|黎族自治县|自治县)$/u, '')
    .replace(/^(.{2,})[市县]$/u, '$1')
    .replace(/ (Li and Miao |Li )?Autonomous County$/, '')
    .replace(/ County$/, '');
  return stripped || name;
}

/**
 * Places far from the rest (three times the median distance from the median point, e.g. an
 * island prefecture hundreds of kilometres out) would shrink everything else to a corner, so
 * the schematic leaves them out and says so.
 */
export function outliers<T extends { lng: number; lat: number }>(points: readonly T[]): T[] {
  if (points.length < 4) return [];
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  const cx = median(points.map((p) => p.lng));
  const cy = median(points.map((p) => p.lat));
  const distance = (p: T) => Math.hypot(p.lng - cx, p.lat - cy);
  const typical = median(points.map(distance));
  return typical > 0 ? points.filter((p) => distance(p) > 3 * typical) : [];
}
