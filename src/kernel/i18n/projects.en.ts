import type { projectsNb } from './projects.nb';

/** English texts of projects. */
export const projectsEn: Record<keyof typeof projectsNb, string> = {
  'entity.project': 'the project',
  'nav.projects': 'Projects',
};
