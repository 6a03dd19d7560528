import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { getOrganisationProfile } from '../../../src/domain/settings/queries';
import { useT } from '../../lib/i18n';
import type { Route } from './+types/home';

export async function loader({ context }: Route.LoaderArgs) {
  const profile = await getOrganisationProfile(context.ctx);
  const description =
    context.ctx.locale === 'en' && profile.descriptionEn ? profile.descriptionEn : profile.descriptionNb;
  return { name: profile.name, description };
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.name ?? 'Samråd' }];
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <Heading level={1} data-size="xl">
        {t('home.title', { name: loaderData.name })}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {loaderData.description || t('home.noDescription')}
      </Paragraph>
      <Paragraph>{t('home.lead', { name: loaderData.name })}</Paragraph>
      <Card className="home-card" data-color="neutral">
        <Heading level={2} data-size="sm">
          {t('home.forStaff')}
        </Heading>
        <Paragraph>{t('home.forStaffBody')}</Paragraph>
        <Paragraph>
          <Link to="/logg-inn" className="ds-link">
            {t('layout.login')}
          </Link>
        </Paragraph>
      </Card>
    </>
  );
}
