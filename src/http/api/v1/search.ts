import { SearchParams, search } from '../../../domain/search/queries';
import { defineOperation, listBody } from './operation';

export const searchOperations = [
  defineOperation({
    method: 'get',
    path: '/search',
    operationId: 'search',
    summary:
      'Norwegian full-text search over cases, papers and attachments, meetings, programme activities, consultations, events and news, ranked, with marked snippets; the public finds only public content',
    tag: 'Search',
    access: 'public',
    query: SearchParams,
    response: { status: 200, description: 'A page of hits', list: true },
    handle: async ({ ctx, c, query }) => listBody(c, await search(ctx, query)),
  }),
];
