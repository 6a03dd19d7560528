import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { getMeeting } from '../../../src/domain/meetings/queries';
import { Agenda } from '../../components/agenda';
import { MeetingDocuments } from '../../components/meeting-documents';
import { MeetingFacts } from '../../components/meeting-facts';
import { MeetingStatus } from '../../components/meeting-status';
import { PageHeader } from '../../components/page-header';
import { agendaForPage } from '../../lib/agenda.server';
import { useT } from '../../lib/i18n';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/meeting';

/** A meeting in the portal: the agenda once the notice is out, decisions once the minutes are approved. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const model = await getMeeting({ ...ctx, actor: { kind: 'anonymous' } }, params.id);
    return {
      meeting: model.meeting,
      body: model.body,
      published: model.published,
      agenda: agendaForPage(model.agenda),
    };
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.meeting.title ?? 'Møte'}` }];
}

export default function PortalMeeting({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { meeting, published, agenda } = loaderData;
  const approved = meeting.status === 'minutes_approved';
  return (
    <>
      <PageHeader title={meeting.title} lead={loaderData.body.name} />
      <MeetingFacts meeting={meeting}>
        <dt>{t('meetings.statusLabel')}</dt>
        <dd>
          <MeetingStatus status={meeting.status} />
        </dd>
      </MeetingFacts>
      <Paragraph>
        <Link to={`/organer/${loaderData.body.id}`} className="ds-link">
          {t('portal.aboutBody', { name: loaderData.body.name })}
        </Link>
      </Paragraph>
      <MeetingDocuments
        base={`/moter/${meeting.id}`}
        notice={published.agenda}
        minutes={approved}
        minutesApproved={approved}
      />
      <section aria-labelledby="saksliste">
        <Heading level={2} data-size="md" id="saksliste">
          {t('meetings.agenda')}
        </Heading>
        {published.agenda ? (
          agenda.length ? (
            <Agenda items={agenda} caseHref={(caseId) => `/saker/${caseId}`} />
          ) : (
            <Paragraph>{t('meetings.agendaEmpty')}</Paragraph>
          )
        ) : (
          <Paragraph>{t('meetings.agendaNotPublished')}</Paragraph>
        )}
      </section>
    </>
  );
}
