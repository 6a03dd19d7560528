/** Bokmål texts of projects. */
export const projectsNb = {
  'entity.project': 'prosjektet',
  'nav.projects': 'Prosjekter',
} as const;
