import { index, layout, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  layout('routes/_public/layout.tsx', [
    index('routes/_public/home.tsx'),
    route('logg-inn', 'routes/_public/login.tsx'),
    route('*', 'routes/_public/not-found.tsx'),
  ]),
  route('logg-ut', 'routes/logout.tsx'),
  route('sprak', 'routes/language.tsx'),
  layout('routes/_app/layout.tsx', [
    route('app', 'routes/_app/dashboard.tsx'),
    route('app/profil', 'routes/_app/profile.tsx'),
    route('admin/brukere', 'routes/admin/users.tsx'),
    route('admin/brukere/ny', 'routes/admin/user-new.tsx'),
    route('admin/brukere/:id', 'routes/admin/user-edit.tsx'),
    route('admin/endringslogg', 'routes/admin/audit-log.tsx'),
    route('admin/innstillinger', 'routes/admin/settings.tsx'),
    route('app/*', 'routes/_app/not-found.tsx', { id: 'app-not-found' }),
    route('admin/*', 'routes/_app/not-found.tsx', { id: 'admin-not-found' }),
  ]),
] satisfies RouteConfig;
