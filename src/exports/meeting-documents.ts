import type { MeetingModel } from '../domain/meetings/queries';
import { agendaLine } from '../domain/meetings/queries';
import { formatDate, formatDateTime, type Locale } from '../kernel/format';
import { translate } from '../kernel/i18n';
import type { Block, DocumentModel } from './document-model';

const rich = (markdown: string): Block => ({ type: 'rich', markdown });

function facts(
  model: MeetingModel,
  locale: Locale,
  t: (k: string, p?: Record<string, string | number>) => string,
): Block {
  const m = model.meeting;
  const rows: [string, string][] = [
    [t('doc.time'), formatDateTime(m.startsAt, locale)],
    [t('doc.place'), m.remote ? t('meetings.remoteMeeting') : m.location || '—'],
    [
      t('doc.openness'),
      m.open ? t('doc.openMeeting') : t('doc.closedMeeting', { basis: m.closedLegalBasis ?? '' }),
    ],
  ];
  return { type: 'facts', rows };
}

function withheldText(item: MeetingModel['agenda'][number], t: (k: string) => string) {
  return `${t('meetings.exempt')}${item.legalBasis ? ` (${item.legalBasis})` : ''}`;
}

/** The notice (innkalling): time, place, openness, the agenda with each case's proposed decision, and who is called. */
export function noticeDocument(model: MeetingModel, organisation: string, locale: Locale): DocumentModel {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const blocks: Block[] = [
    facts(model, locale, t),
    { type: 'heading', level: 1, text: t('meetings.agenda') },
  ];
  blocks.push({ type: 'list', items: model.agenda.map((item) => agendaLine(item, t('meetings.exempt'))) });
  for (const item of model.agenda) {
    blocks.push({ type: 'heading', level: 2, text: agendaLine(item, t('meetings.exempt')) });
    if (item.withheld) blocks.push({ type: 'paragraph', text: withheldText(item, t) });
    else if (item.proposedDecision) {
      blocks.push(
        { type: 'paragraph', text: t('doc.proposedDecision'), emphasis: true },
        rich(item.proposedDecision),
      );
    }
    if (item.documents.length) {
      blocks.push({ type: 'list', items: item.documents.map((d) => d.title ?? withheldText(item, t)) });
    }
  }
  blocks.push(
    { type: 'heading', level: 1, text: t('doc.called') },
    {
      type: 'table',
      headers: [t('doc.name'), t('doc.role'), t('doc.onBehalf')],
      rows: [...model.seats.map((s) => s.appointment), ...model.deputies].map((a) => [
        a.personName,
        t(`bodies.role.${a.role}`),
        a.onBehalf?.name ?? '',
      ]),
    },
  );
  return {
    lang: locale,
    organisation,
    title: t('doc.noticeTitle', { body: model.body.name }),
    subtitle: `${model.meeting.title} · ${formatDate(model.meeting.startsAt, locale)}`,
    blocks,
  };
}

/** The minutes (protokoll): who attended, and each item's decision with the vote and who voted how. */
export function minutesDocument(model: MeetingModel, organisation: string, locale: Locale): DocumentModel {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const m = model.meeting;
  const attendanceText = (s: MeetingModel['seats'][number]) =>
    s.status === 'present'
      ? t('doc.present')
      : s.status === 'deputy'
        ? t('doc.deputyMet', { name: s.deputy?.personName ?? '' })
        : s.status === 'absent'
          ? t('doc.absent')
          : '—';
  const blocks: Block[] = [
    facts(model, locale, t),
    {
      type: 'facts',
      rows: [
        [t('doc.chair'), model.chair?.personName ?? '—'],
        [
          t('doc.quorum'),
          t('doc.quorumText', { present: model.quorum.present, total: model.quorum.votingMembers }),
        ],
        [
          t('doc.minutesStatus'),
          m.minutesApprovedAt
            ? t('doc.approvedOn', { date: formatDate(m.minutesApprovedAt, locale) })
            : t('doc.notApproved'),
        ],
      ],
    },
    { type: 'heading', level: 1, text: t('doc.attendance') },
    {
      type: 'table',
      headers: [t('doc.name'), t('doc.role'), t('doc.onBehalf'), t('doc.attendanceColumn')],
      rows: model.seats.map((s) => [
        s.appointment.personName,
        t(`bodies.role.${s.appointment.role}`),
        s.appointment.onBehalf?.name ?? '',
        attendanceText(s),
      ]),
    },
    { type: 'heading', level: 1, text: t('doc.items') },
  ];
  for (const item of model.agenda) {
    blocks.push({ type: 'heading', level: 2, text: agendaLine(item, t('meetings.exempt')) });
    if (item.withheld) {
      blocks.push({ type: 'paragraph', text: withheldText(item, t) });
      if (item.outcome) blocks.push({ type: 'paragraph', text: t(`doc.outcome.${item.outcome}`) });
      continue;
    }
    if (item.decision)
      blocks.push({ type: 'paragraph', text: t('doc.decision'), emphasis: true }, rich(item.decision));
    if (item.count) {
      const casting = item.count.casting ? ` ${t('doc.casting')}` : '';
      blocks.push({
        type: 'paragraph',
        text: `${t('doc.voteCount', { for: item.count.for, against: item.count.against, abstain: item.count.abstain })} ${t(`doc.outcome.${item.outcome ?? item.count.outcome}`)}${casting}`,
      });
      blocks.push({
        type: 'table',
        caption: t('doc.votes'),
        headers: [t('doc.name'), t('doc.onBehalf'), t('doc.vote')],
        rows: (item.votes ?? []).map((v) => [v.personName, v.onBehalf ?? '', t(`doc.choice.${v.choice}`)]),
      });
    } else if (item.outcome) {
      blocks.push({ type: 'paragraph', text: t(`doc.outcome.${item.outcome}`) });
    }
  }
  if (m.minutesNotes) blocks.push({ type: 'heading', level: 1, text: t('doc.notes') }, rich(m.minutesNotes));
  return {
    lang: locale,
    organisation,
    title: t('doc.minutesTitle', { body: model.body.name }),
    subtitle: `${m.title} · ${formatDate(m.startsAt, locale)}`,
    blocks,
  };
}
