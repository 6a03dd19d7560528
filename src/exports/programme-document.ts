import { MILESTONE_KINDS } from '../domain/cycle/fields';
import type { ProgrammeDocumentData } from '../domain/programme/document-data';
import { ACTIVITY_STATUSES } from '../domain/programme/fields';
import type { ActivityView, FocusAreaView } from '../domain/programme/present';
import { activitiesInCell } from '../domain/programme/queries';
import { formatDate, formatMoney, formatMonth, formatNumber, type Locale } from '../kernel/format';
import { translate } from '../kernel/i18n';
import type { Block, DocumentModel, TableCell } from './document-model';

type T = (key: string, params?: Record<string, string | number>) => string;

const rich = (markdown: string): Block[] => (markdown.trim() ? [{ type: 'rich', markdown }] : []);

/** Numbers the chapters as the customer's document does: 1, 2.1, 4.3.1. */
function numbering() {
  const counters = [0, 0, 0];
  return (level: 1 | 2 | 3, text: string): Block => {
    counters[level - 1]! += 1;
    for (let i = level; i < counters.length; i++) counters[i] = 0;
    const number = counters.slice(0, level).join('.');
    return { type: 'heading', level, text: `${number} ${text}`, id: `kap-${number.replaceAll('.', '-')}` };
  };
}

/** "april–mai 2019": a milestone's window as people say it. */
function windowText(from: string, to: string, locale: Locale): string {
  const month = (date: string) => formatMonth(date.slice(0, 7), locale).split(' ')[0]!;
  const year = from.slice(0, 4);
  const text =
    from.slice(0, 7) === to.slice(0, 7) ? `${month(from)} ${year}` : `${month(from)}–${month(to)} ${year}`;
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function aboutChapter(
  data: ProgrammeDocumentData,
  t: T,
  locale: Locale,
  heading: ReturnType<typeof numbering>,
) {
  const { name, foundedOn } = data.organisation;
  const params = { name, year: data.year, ...data.members, total: data.members.total };
  return [
    heading(1, t('pdoc.about', { name })),
    {
      type: 'paragraph',
      text: foundedOn
        ? t('pdoc.foundedAndMembers', { ...params, founded: formatDate(foundedOn, locale) })
        : t('pdoc.membersOnly', params),
    },
    ...rich(data.model.programme.aboutText),
  ] satisfies Block[];
}

function body(b: { name: string; mandate: string }, extra = ''): Block[] {
  const text = `${b.mandate.trim()}${extra ? ` ${extra}` : ''}`.trim();
  // The customer's mandates often begin with the body's name; then the name is not said twice.
  const markdown = text.startsWith(b.name) ? text : `**${b.name}:** ${text}`;
  return rich(markdown);
}

function organisationChapter(
  data: ProgrammeDocumentData,
  t: T,
  heading: ReturnType<typeof numbering>,
): Block[] {
  const { programme } = data.model;
  const blocks: Block[] = [
    heading(1, t('pdoc.organisation', { name: data.organisation.name })),
    heading(2, t('pdoc.politicalBodies')),
    ...data.bodies.political.flatMap((b) => body(b)),
  ];
  if (programme.organisationalChangesText.trim())
    blocks.push(
      { type: 'paragraph', text: t('pdoc.organisationalChanges'), emphasis: true },
      ...rich(programme.organisationalChangesText),
    );
  blocks.push(heading(2, t('pdoc.administration')));
  for (const b of data.bodies.administrative) {
    const size =
      b.id === data.secretariat?.id && data.secretariat.staff
        ? t('pdoc.secretariatSize', { year: data.year, count: data.secretariat.staff })
        : '';
    blocks.push(...body(b, size));
  }
  blocks.push(...rich(programme.administrationText));
  return blocks;
}

function processChapter(
  data: ProgrammeDocumentData,
  t: T,
  locale: Locale,
  heading: ReturnType<typeof numbering>,
) {
  const blocks: Block[] = [
    heading(1, t('pdoc.process', { name: data.organisation.name })),
    { type: 'paragraph', text: t('pdoc.processIntro') },
    {
      type: 'list',
      items: MILESTONE_KINDS.map((kind) => {
        const w = data.cycle.windows[kind];
        return {
          lead: `${windowText(w.windowFrom, w.windowTo, locale)}:`,
          text: `${t(`cycle.kind.${kind}`, { year: data.year })}.`,
        };
      }),
    },
  ];
  const done = data.cycle.milestones.filter((m) => m.doneOn);
  if (done.length)
    blocks.push({
      type: 'table',
      caption: t('pdoc.cycleTable', { year: data.year }),
      headers: [t('pdoc.milestone'), t('pdoc.due'), t('pdoc.doneWhere')],
      widths: [45, 20, 35],
      rows: done.map((m) => [
        t(`cycle.short.${m.kind}`, { year: m.year }),
        windowText(m.windowFrom, m.windowTo, locale),
        [
          formatDate(m.doneOn!, locale),
          m.meeting?.bodyName,
          m.case ? t('meetings.caseLabel', { number: m.case.number }) : undefined,
        ]
          .filter(Boolean)
          .join(', '),
      ]),
    });
  blocks.push(...rich(data.model.programme.processText));
  return blocks;
}

function statusCell(data: ProgrammeDocumentData, a: ActivityView, t: T, locale: Locale): TableCell {
  const lines = [t(`activity.status.${a.status}`)];
  for (const n of data.notes.get(a.id) ?? []) lines.push(`${formatDate(n.notedOn, locale)}: ${n.text}`);
  const links = data.links.get(a.id) ?? [];
  if (links.length) lines.push(t('pdoc.linkedTo', { items: links.map((l) => l.label).join('; ') }));
  return lines.join('\n');
}

function focusAreaBlocks(
  data: ProgrammeDocumentData,
  area: FocusAreaView,
  t: T,
  locale: Locale,
  heading: ReturnType<typeof numbering>,
): Block[] {
  const model = data.model;
  const report = data.kind === 'report';
  const blocks: Block[] = [heading(3, area.name), ...rich(area.intro)];
  if (area.kind === 'tasks') {
    const tasks = activitiesInCell(model, area.id, null);
    if (!tasks.length) blocks.push({ type: 'paragraph', text: t('pdoc.noActivities') });
    else if (!report)
      blocks.push({ type: 'list', items: tasks.map((a) => ({ lead: a.text, text: a.details })) });
    else
      blocks.push({
        type: 'table',
        headers: [t('pdoc.activity'), t('pdoc.statusColumn')],
        widths: [55, 45],
        rows: tasks.map((a) => [`${a.text} ${a.details}`.trim(), statusCell(data, a, t, locale)]),
      });
    return blocks;
  }
  const rows = model.roles
    .map((role) => ({ role, activities: activitiesInCell(model, area.id, role.id) }))
    .filter((r) => r.activities.length);
  if (!rows.length) blocks.push({ type: 'paragraph', text: t('pdoc.noActivities') });
  else if (!report)
    blocks.push({
      type: 'table',
      headers: [area.name, t('pdoc.roleColumn')],
      widths: [68, 32],
      rows: rows.map((r) => [r.activities.map((a) => a.text), r.role.label]),
    });
  else
    blocks.push({
      type: 'table',
      headers: [area.name, t('pdoc.roleColumn'), t('pdoc.statusColumn')],
      widths: [42, 23, 35],
      rows: rows.flatMap((r) =>
        r.activities.map((a) => [a.text, r.role.label, statusCell(data, a, t, locale)]),
      ),
    });
  if (area.comments.trim())
    blocks.push({ type: 'paragraph', text: t('pdoc.comments'), emphasis: true }, ...rich(area.comments));
  return blocks;
}

function programmeChapter(
  data: ProgrammeDocumentData,
  t: T,
  locale: Locale,
  heading: ReturnType<typeof numbering>,
) {
  const { programme, roles, focusAreas } = data.model;
  const year = data.year;
  return [
    heading(1, t('pdoc.visionChapter', { year })),
    heading(2, t('pdoc.vision')),
    ...(programme.vision
      ? [
          {
            type: 'paragraph',
            text: t('pdoc.visionLine', { vision: programme.vision }),
            emphasis: true,
          } as Block,
        ]
      : []),
    ...rich(programme.visionText),
    { type: 'paragraph', text: t('pdoc.roles'), emphasis: true },
    { type: 'list', items: roles.map((r) => r.name) },
    heading(2, t('pdoc.focusAreas', { year })),
    ...rich(programme.focusAreasIntro),
    { type: 'list', items: focusAreas.map((a) => a.name) },
    heading(2, t('pdoc.activities', { year })),
    ...rich(programme.activitiesIntro),
    ...focusAreas.flatMap((area) => focusAreaBlocks(data, area, t, locale, heading)),
  ] satisfies Block[];
}

function keyFiguresChapter(
  data: ProgrammeDocumentData,
  t: T,
  locale: Locale,
  heading: ReturnType<typeof numbering>,
) {
  const n = (value: number) => formatNumber(value, locale);
  const figures = data.keyFigures;
  const sum = (key: 'meetingsHeld' | 'casesDecided') => figures.reduce((total, f) => total + f[key], 0);
  return [
    heading(1, t('pdoc.keyFigures', { year: data.year })),
    {
      type: 'table',
      headers: [t('pdoc.body'), t('pdoc.meetingsHeld'), t('pdoc.casesDecided')],
      widths: [60, 20, 20],
      rows: [
        ...figures.map((f) => [f.bodyName, n(f.meetingsHeld), n(f.casesDecided)]),
        [t('pdoc.total'), n(sum('meetingsHeld')), n(sum('casesDecided'))],
      ],
    },
    {
      type: 'table',
      caption: t('pdoc.progress'),
      headers: [t('pdoc.focusArea'), ...ACTIVITY_STATUSES.map((s) => t(`activity.status.${s}`))],
      rows: data.model.focusAreas.map((a) => [a.name, ...ACTIVITY_STATUSES.map((s) => n(a.progress[s]))]),
    },
  ] satisfies Block[];
}

/** The report's accounts: budget and actual per focus area, as the board approves them with the report. */
function accountsChapter(
  data: ProgrammeDocumentData,
  t: T,
  locale: Locale,
  heading: ReturnType<typeof numbering>,
) {
  const accounts = data.accounts;
  if (!accounts) return [];
  const money = (ore: number) => formatMoney(ore, locale);
  const { totals } = accounts;
  return [
    heading(1, t('pdoc.accounts', { year: data.year })),
    { type: 'paragraph', text: t('pdoc.accountsIntro') },
    {
      type: 'table',
      caption: t('pdoc.accountsByArea'),
      headers: [
        t('pdoc.focusArea'),
        t('pdoc.expenseBudget'),
        t('pdoc.expenseActual'),
        t('pdoc.incomeBudget'),
        t('pdoc.incomeActual'),
      ],
      widths: [36, 16, 16, 16, 16],
      rows: [
        ...accounts.byFocusArea.map((g) => [
          g.name ?? t('pdoc.common'),
          money(g.budgetExpenseOre),
          money(g.actualExpenseOre),
          money(g.budgetIncomeOre),
          money(g.actualIncomeOre),
        ]),
        [
          t('pdoc.total'),
          money(totals.budgetExpenseOre),
          money(totals.actualExpenseOre),
          money(totals.budgetIncomeOre),
          money(totals.actualIncomeOre),
        ],
      ],
    },
    {
      type: 'facts',
      rows: [
        [t('pdoc.resultBudget'), money(totals.budgetIncomeOre - totals.budgetExpenseOre)],
        [t('pdoc.resultActual'), money(-totals.ledgerOre)],
        ...(accounts.unmatchedOre
          ? [[t('pdoc.unmatched'), money(-accounts.unmatchedOre)] as [string, string]]
          : []),
      ],
    },
  ] satisfies Block[];
}

/**
 * The action programme — or, with the year's follow-up, the annual report — in the structure of
 * the customer's own document: title page, contents, 1 about the alliance, 2 its organisation,
 * 3 its plan and budget process, 4 vision, focus areas and the activity tables; the report adds
 * each activity's status and notes, the year's key figures and its accounts.
 */
export function programmeDocument(data: ProgrammeDocumentData, locale: Locale): DocumentModel {
  const t: T = (key, params) => translate(locale, key, params);
  const { programme } = data.model;
  const heading = numbering();
  const report = data.kind === 'report';
  const adopted = programme.adoptedCase && programme.adoptedOn;
  const status = adopted
    ? t('pdoc.adoptedIn', {
        body: programme.adoptedCase!.bodyName.toLocaleLowerCase('nb'),
        date: formatDate(programme.adoptedOn!, locale),
        number: programme.adoptedCase!.number,
      })
    : t('pdoc.draftOf', { date: formatDate(data.today, locale) });
  const blocks: Block[] = [
    ...aboutChapter(data, t, locale, heading),
    ...organisationChapter(data, t, heading),
    ...processChapter(data, t, locale, heading),
    ...programmeChapter(data, t, locale, heading),
    ...(report ? keyFiguresChapter(data, t, locale, heading) : []),
    ...(report ? accountsChapter(data, t, locale, heading) : []),
  ];
  return {
    lang: locale,
    title: report ? t('pdoc.reportTitle', { year: data.year }) : programme.title,
    organisation: data.organisation.name,
    titlePage: { lines: [data.organisation.name, report ? programme.title : status] },
    contents: { title: t('pdoc.contents'), depth: 3 },
    blocks,
  };
}
