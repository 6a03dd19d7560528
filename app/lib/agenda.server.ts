import type { AgendaEntry } from '../../src/domain/meetings/queries';
import { renderMarkdown } from '../../src/kernel/markdown';

/**
 * The agenda with its Markdown rendered (and sanitised) on the server, so the Markdown and
 * sanitiser libraries never ship to the browser.
 */
export function agendaForPage(agenda: AgendaEntry[]) {
  return agenda.map((item) => ({
    ...item,
    proposedDecisionHtml: renderMarkdown(item.proposedDecision ?? ''),
    decisionHtml: renderMarkdown(item.decision ?? ''),
  }));
}

export type AgendaItemForPage = ReturnType<typeof agendaForPage>[number];
