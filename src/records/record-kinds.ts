/** Every importable kind of record, by the id the CLI and API use (`plansight import <kind>`). */
import { calendarKind } from './reporting-calendar.ts';
import { certificationKind } from './certification.ts';
import { enterpriseAnnualKind } from './enterprise-annual.ts';
import { enterpriseKind } from './enterprise.ts';
import type { RecordKind } from './field-spec.ts';
import { observationKind } from './observation.ts';
import { milestoneKind, projectProgressKind } from './project-progress.ts';

export const recordKinds: readonly RecordKind[] = [
  observationKind,
  enterpriseKind,
  enterpriseAnnualKind,
  certificationKind,
  projectProgressKind,
  milestoneKind,
  calendarKind,
];

export type RecordKindId = 'observations' | 'enterprises' | 'annual' | 'certifications' | 'projects' | 'milestones' | 'calendar';

export function recordKind(id: string): RecordKind | undefined {
  return recordKinds.find((kind) => kind.id === id);
}
