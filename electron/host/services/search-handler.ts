/**
 * The `search` IPC service: full-text search inside the encrypted database. What the
 * user typed is never read as FTS5 syntax (the engine quotes every word); snippets
 * travel as runs so the renderer highlights without HTML.
 */
import type { SearchResultGroup, searchService } from '../../../shared/ipc/search';
import type { ServiceHandler } from '../../../shared/ipc/service';
import { snippetRuns } from '../../../engine/messaging/search';
import type { ConversationId } from '../../../engine/store';
import { conversationOf, summarizeConversation, userErrors } from './chats-handler';
import type { DesktopSession } from './desktop-session';

/**
 * How many of the best hits overall a search within one chat looks through: the engine
 * ranks every chat's messages together, so the chat's own best ones are among these.
 */
const withinChatScan = 5_000;

export function createSearchHandler(session: DesktopSession): ServiceHandler<typeof searchService> {
  return {
    messages: (query, limit, conversationId) =>
      userErrors(() => {
        const engine = session.engine;
        if (engine === undefined) return [];
        const within = conversationId === undefined || conversationId === null ? undefined : conversationOf(engine, conversationId).id;
        const hits =
          within === undefined ? engine.search.messages(query, limit) : engine.search.messages(query, withinChatScan).filter((hit) => hit.message.conversationId === within).slice(0, limit);
        const groups = new Map<ConversationId, SearchResultGroup>();
        // Hits come best first; a group keeps that order and the groups are sorted by their newest hit.
        for (const hit of hits) {
          let group = groups.get(hit.message.conversationId);
          if (group === undefined) {
            const conversation = engine.conversations.get(hit.message.conversationId);
            if (conversation === undefined) continue;
            group = { conversationId: conversation.id, conversationTitle: summarizeConversation(engine, conversation).title, hits: [] };
            groups.set(conversation.id, group);
          }
          group.hits.push({
            messageId: hit.message.id,
            sentAt: hit.message.sentAt,
            direction: hit.message.direction,
            snippet: snippetRuns(hit.snippet),
          });
        }
        const newest = (group: SearchResultGroup): number => Math.max(...group.hits.map((hit) => hit.sentAt));
        return [...groups.values()].sort((a, b) => newest(b) - newest(a));
      }),
  };
}
