/**
 * Where a row's figures belong: its region, and the park inside it. A park must lie in the
 * row's region; an empty region is taken from the park (else the province, where empty
 * means the province). The province as region with a park that lies in one city or county
 * means that county: the park is the more precise place.
 */
import type { ImportContext, ParkRef, RegionRef } from '../import-context.ts';
import type { RowReader } from '../row-reader.ts';

export function placeOfRow(r: RowReader, context: ImportContext, region: RegionRef | null, park: ParkRef | null): string | null {
  if (!park) return region?.code ?? (r.failed ? null : context.province.code);
  const parkRegions = park.region ? [park.region] : park.regions;
  if (!region || region.province) return parkRegions.length === 1 ? parkRegions[0]! : context.province.code;
  if (parkRegions.length === 0 || parkRegions.includes(region.code)) return region.code;
  const names = parkRegions.map((code) => context.regions.find(code)).flatMap((f) => (f && 'ref' in f ? [f.ref.name.zh] : []));
  r.rowIssue(
    ['park', 'region'],
    'park_outside_region',
    {
      zh: `园区“${park.name.zh}”位于${names.join('、')}，不在“${r.header('region')}”列所填的${region.name.zh}；请改正市县或园区，或将市县留空`,
      en: `the park ${park.name.zh} lies in ${names.join(', ')}, not in ${region.name.zh} given in column ${r.header('region')}; correct one of them or leave the region empty`,
    },
    'error',
    { zh: `${names.join('或')}`, en: names.join(' or ') },
  );
  return null;
}
