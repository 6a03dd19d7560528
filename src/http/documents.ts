import { Hono } from 'hono';
import { getDocumentFile } from '../domain/cases/queries';
import { getMeeting } from '../domain/meetings/queries';
import { getOrganisationProfile } from '../domain/settings/queries';
import { DOCX_TYPE, renderDocx } from '../exports/docx-document';
import { renderHtmlDocument } from '../exports/html-document';
import { minutesDocument, noticeDocument } from '../exports/meeting-documents';
import { htmlToPdf } from '../exports/pdf';
import { DocumentFormat, programmeFile } from '../exports/programme-files';
import { NotFound } from '../kernel/errors';
import { fileSlug } from '../kernel/file-names';
import { translate } from '../kernel/i18n';
import { parseInput } from '../kernel/validate';
import { eventCalendar, personalCalendar, publicCalendar } from './calendar-feeds';
import { contentDisposition } from './content-disposition';
import type { HttpEnv } from './env';
import { revalidated } from './etag';

/**
 * What is downloaded rather than browsed: attachments, the notice and minutes as HTML, PDF and
 * Word, and the calendar feeds. Every door asks the same queries, so exempt content is withheld
 * here exactly as on the pages and in the API.
 */
export function documentRoutes() {
  const app = new Hono<HttpEnv>();

  app.get('/filer/:id', async (c) => {
    const file = await getDocumentFile(c.get('ctx'), c.req.param('id'));
    const headers = {
      'content-type': file.contentType,
      'content-disposition': contentDisposition('attachment', file.filename),
      // A served file never runs script, whatever it contains.
      'content-security-policy': "default-src 'none'; sandbox",
    };
    const content = new Uint8Array(file.content);
    if (file.exempt)
      return new Response(content, { headers: { ...headers, 'cache-control': 'private, no-store' } });
    // The SHA-256 of the bytes is stored with the file: a strong tag, computed once at upload.
    return revalidated(c.req.header('if-none-match'), content, headers, `"${file.sha256}"`);
  });

  for (const prefix of ['/app/moter', '/moter']) {
    app.get(`${prefix}/:id/:document{innkalling|protokoll}`, async (c) => {
      const ctx = c.get('ctx');
      const model = await getMeeting(ctx, c.req.param('id'));
      const kind = c.req.param('document') === 'innkalling' ? 'notice' : 'minutes';
      if (!(kind === 'notice' ? model.published.agenda : model.published.minutes))
        throw new NotFound('meeting');
      const profile = await getOrganisationProfile(ctx);
      const doc = (kind === 'notice' ? noticeDocument : minutesDocument)(model, profile.name, ctx.locale);
      const format = c.req.query('format') ?? 'html';
      const name = `${fileSlug(doc.title)}-${model.day}`;
      const privacy = ctx.actor.kind === 'user' ? 'private, no-store' : 'public, max-age=60';
      if (format === 'docx') {
        return new Response((await renderDocx(doc)) as unknown as BodyInit, {
          headers: {
            'content-type': DOCX_TYPE,
            'content-disposition': contentDisposition('attachment', `${name}.docx`),
            'cache-control': privacy,
          },
        });
      }
      const html = renderHtmlDocument(doc);
      if (format === 'pdf') {
        const pdf = await htmlToPdf(html, {
          page: translate(ctx.locale, 'doc.page'),
          of: translate(ctx.locale, 'doc.of'),
        });
        return new Response(pdf as unknown as BodyInit, {
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': contentDisposition('attachment', `${name}.pdf`),
            'cache-control': privacy,
          },
        });
      }
      return new Response(html, {
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': privacy },
      });
    });
  }

  // The programme and the annual report; an adopted programme (and an approved report) is public.
  for (const prefix of ['/app/handlingsprogram', '/handlingsprogram']) {
    app.get(`${prefix}/:year{\\d{4}}/:document{dokument|arsrapport}`, async (c, next) => {
      // The portal's annual report is a page (/handlingsprogram/2020/arsrapport); its files take ?format=.
      if (
        prefix === '/handlingsprogram' &&
        c.req.param('document') === 'arsrapport' &&
        !c.req.query('format')
      )
        return next();
      const ctx = c.get('ctx');
      const format = parseInput(DocumentFormat.default('html'), c.req.query('format'), ctx.locale);
      const kind = c.req.param('document') === 'dokument' ? 'programme' : 'report';
      const file = await programmeFile(ctx, Number(c.req.param('year')), kind, format);
      return new Response(file.body as BodyInit, {
        headers: {
          'content-type': file.contentType,
          'content-disposition': contentDisposition(
            format === 'html' ? 'inline' : 'attachment',
            file.filename,
          ),
          'cache-control': ctx.actor.kind === 'user' ? 'private, no-store' : 'public, max-age=60',
        },
      });
    });
  }

  // The feeds are lists of sources (meetings, consultation deadlines, …): see calendar-feeds.ts.
  app.get('/calendar.ics', async (c) => {
    const body = await publicCalendar(c.get('ctx'), c.get('publicUrl'));
    return revalidated(c.req.header('if-none-match'), body, {
      'content-type': 'text/calendar; charset=utf-8',
    });
  });

  app.get('/arrangementer/:id/kalender.ics', async (c) => {
    const body = await eventCalendar(c.get('ctx'), c.req.param('id'), c.get('publicUrl'));
    return revalidated(c.req.header('if-none-match'), body, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': contentDisposition('attachment', 'arrangement.ics'),
    });
  });

  app.get('/kalender/:token{[\\w-]+\\.ics}', async (c) => {
    const token = c.req.param('token').replace(/\.ics$/, '');
    const body = await personalCalendar(c.get('ctx'), token, c.get('publicUrl'));
    if (body === null) throw new NotFound('calendar');
    return new Response(body, {
      headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, no-store' },
    });
  });
  return app;
}
