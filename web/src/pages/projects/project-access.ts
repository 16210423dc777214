/**
 * Who may update a key project's progress and milestones — the API's rule
 * (src/server/commands/projects-access.ts `decideProjectWrite`) mirrored so that only those
 * who may are shown the forms: administrators and province analysts for every project,
 * region officers for the projects of their regions. Park officers, enterprises and viewers
 * may not. The API decides in the end; its refusal is shown if it comes.
 */
import type { ProjectSummary, User } from '../../api/types.ts';

export function mayUpdateProject(user: Pick<User, 'role' | 'regions'> | null, project: Pick<ProjectSummary, 'regions'>): boolean {
  if (!user) return false;
  switch (user.role) {
    case 'admin':
    case 'province-analyst':
      return true;
    case 'region-officer':
      return project.regions.some((code) => user.regions.includes(code));
    default:
      return false;
  }
}
