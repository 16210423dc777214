/**
 * The places a value belongs to: the province, a region (市县), or a park inside a region.
 * The form lists the places the user may enter for (by the API's policy) or, for readers,
 * every place; one select value ("460100" or "460100/yangpu") names each.
 */
import type { PlanPark, PlanRegion, User } from '../../api/types.ts';
import type { Text } from '../../api/text.ts';
import { mayWritePlace } from './data-access.ts';

export interface Place {
  key: string;
  regionCode: string;
  parkId: string | null;
  province: boolean;
}

export function placeKey(regionCode: string, parkId: string | null): string {
  return parkId ? `${regionCode}/${parkId}` : regionCode;
}

export function parsePlaceKey(key: string | null | undefined): { regionCode: string; parkId: string | null } | null {
  if (!key) return null;
  const [regionCode, parkId] = key.split('/');
  if (!regionCode || !/^\d{6}$/.test(regionCode)) return null;
  return { regionCode, parkId: parkId || null };
}

/** The regions a park lies in; a park the plan places nowhere is listed under the province. */
function parkRegions(park: PlanPark, provinceCode: string): string[] {
  if (park.region) return [park.region];
  if (park.regions.length > 0) return [...park.regions];
  return [provinceCode];
}

/** Every place in reading order: the province, then each region followed by its parks. */
export function allPlaces(provinceCode: string, regions: readonly PlanRegion[], parks: readonly PlanPark[]): Place[] {
  const places: Place[] = [];
  const withParks = (code: string, province: boolean) => {
    places.push({ key: placeKey(code, null), regionCode: code, parkId: null, province });
    for (const park of parks) if (parkRegions(park, provinceCode).includes(code)) places.push({ key: placeKey(code, park.id), regionCode: code, parkId: park.id, province });
  };
  withParks(provinceCode, true);
  for (const region of regions) withParks(region.code, false);
  return places;
}

export function writablePlaces(user: User, places: readonly Place[]): Place[] {
  return places.filter((p) => mayWritePlace(user, p.regionCode, p.parkId));
}

export interface PlaceNames {
  region: (code: string) => Text;
  park: (id: string) => Text;
}

/** "海口市" or "海口市 · 海口、三亚琼港合作示范区". */
export function placeLabel(place: { regionCode: string; parkId: string | null }, names: PlaceNames, pick: (t: Text) => string): string {
  const region = pick(names.region(place.regionCode));
  return place.parkId ? `${region} · ${pick(names.park(place.parkId))}` : region;
}
