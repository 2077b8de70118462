/** Full-text search over every message body; what the user typed is never read as query syntax. */
import { buildMatchQuery } from '../../messaging/search';
import type { SearchHit, Store } from '../../store';

export interface SearchService {
  messages(query: string, limit: number): Array<SearchHit>;
}

export function createSearchService(store: Pick<Store, 'searchMessages'>): SearchService {
  return {
    messages(query, limit) {
      const match = buildMatchQuery(query);
      return match === undefined ? [] : store.searchMessages(match, limit);
    },
  };
}
