/**
 * Ctrl+F: full-text search over every message (the host searches inside the encrypted
 * database). Results come grouped by chat; the matched words are <mark>ed from the
 * snippet's runs, never from HTML. Down arrow walks from the field through the hits.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../../shared/ipc/chats';
import type { SearchResultGroup, Snippet } from '../../../../shared/ipc/search';
import { shortTitle } from '../../state/format';
import { useApi } from '../../ipc';
import { Dialog, DialogHeader } from '../../ui/Dialog';
import { hostErrorText } from '../../i18n/failure';

const debounceMs = 200;
const resultLimit = 200;

type SearchState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching'; readonly query: string; readonly previous: ReadonlyArray<SearchResultGroup> }
  | { readonly kind: 'done'; readonly query: string; readonly groups: ReadonlyArray<SearchResultGroup> }
  | { readonly kind: 'failed'; readonly query: string; readonly reason: string };

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function SearchPanel(props: {
  readonly initialQuery?: string;
  /** Search only this chat (opened from its header); undefined searches every chat. */
  readonly within?: ConversationSummary;
  /** Widens a search within one chat to every chat, keeping what was typed. */
  readonly onSearchEverywhere?: (query: string) => void;
  readonly onOpenConversation: (conversationId: string, messageId: string) => void;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { search } = useApi();
  const { t } = useTranslation();
  const withinId = props.within?.id;
  const withinName = props.within === undefined ? undefined : shortTitle(props.within.title);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') {
      setState({ kind: 'idle' });
      return undefined;
    }
    let live = true;
    setState((previous) => ({ kind: 'searching', query: trimmed, previous: previous.kind === 'done' ? previous.groups : previous.kind === 'searching' ? previous.previous : [] }));
    const timer = window.setTimeout(() => {
      search.messages(trimmed, resultLimit, withinId ?? null).then(
        (groups) => {
          if (live) setState({ kind: 'done', query: trimmed, groups });
        },
        (error: unknown) => {
          if (live) setState({ kind: 'failed', query: trimmed, reason: hostErrorText(error) ?? t('panels.genericError') });
        },
      );
    }, debounceMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, t, withinId]);

  const hitButtons = (): Array<HTMLButtonElement> => [...(results.current?.querySelectorAll<HTMLButtonElement>('button.search-hit') ?? [])];
  const onInputKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || (event.key === 'Enter' && state.kind === 'done')) {
      const first = hitButtons()[0];
      if (first === undefined) return;
      event.preventDefault();
      if (event.key === 'Enter') first.click();
      else first.focus();
    }
  };
  const onResultsKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const buttons = hitButtons();
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (index < 0) return;
    event.preventDefault();
    if (event.key === 'Home') buttons[0]?.focus();
    else if (event.key === 'End') buttons[buttons.length - 1]?.focus();
    else if (event.key === 'ArrowUp' && index === 0) input.current?.focus();
    else buttons[Math.min(buttons.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
  };
  const open = (conversationId: string, messageId: string): void => {
    props.onClose();
    props.onOpenConversation(conversationId, messageId);
  };

  const groups = state.kind === 'done' ? state.groups : state.kind === 'searching' ? state.previous : [];
  const hitCount = groups.reduce((sum, group) => sum + group.hits.length, 0);
  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-hint`} className="search-panel" onClose={props.onClose} initialFocus={input}>
      <DialogHeader
        id={`${id}-title`}
        title={withinName === undefined ? t('panels.search.title') : t('panels.search.titleIn', { name: withinName })}
        closeLabel={t('panels.close')}
        onClose={props.onClose}
      />
      <div className="search-field">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {withinName === undefined ? t('panels.search.inputLabel') : t('panels.search.inputLabelIn', { name: withinName })}
        </label>
        <input
          ref={input}
          id={`${id}-input`}
          type="search"
          maxLength={200}
          className="palette-input"
          placeholder={t('panels.search.placeholder')}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
          onKeyDown={onInputKeyDown}
        />
      </div>
      <p id={`${id}-hint`} className="panel-hint">
        {t('panels.search.hint')}
      </p>
      <p className="panel-note" role="status" aria-live="polite">
        {state.kind === 'idle' && (withinName === undefined ? t('panels.search.idle') : t('panels.search.idleIn'))}
        {state.kind === 'searching' && groups.length === 0 && t('panels.search.searching')}
        {state.kind === 'done' && groups.length === 0 && t('panels.search.noResults', { query: state.query })}
        {state.kind === 'done' && groups.length > 0 && t('panels.search.summary', {
            messages: t('panels.search.messageCount', { count: hitCount }),
            chats: t('panels.search.chatCount', { count: groups.length }),
          })}
      </p>
      {withinName !== undefined && props.onSearchEverywhere !== undefined && (
        <button
          type="button"
          className="link-button search-everywhere"
          onClick={() => {
            props.onSearchEverywhere?.(query);
          }}
        >
          {t('panels.search.allChats')}
        </button>
      )}
      {state.kind === 'failed' && (
        <p className="panel-error" role="alert">
          {t('panels.search.failed', { reason: state.reason })}
        </p>
      )}
      {/* Arrow keys move between the hit buttons inside. */}
      <div ref={results} className="search-results" onKeyDown={onResultsKeyDown} aria-busy={state.kind === 'searching'}>
        {groups.map((group) => (
          <section key={group.conversationId} className="search-group" aria-labelledby={`${id}-group-${group.conversationId}`}>
            <h3 id={`${id}-group-${group.conversationId}`}>
              {group.conversationTitle}
              <span className="search-group-count">{t('panels.search.groupCount', { count: group.hits.length })}</span>
            </h3>
            <ul>
              {group.hits.map((hit) => {
                const time = dateTime.format(new Date(hit.sentAt));
                return (
                  <li key={hit.messageId}>
                    <button
                      type="button"
                      className="search-hit"
                      onClick={() => {
                        open(group.conversationId, hit.messageId);
                      }}
                    >
                      <span className="search-hit-time">
                        {hit.direction === 'outgoing' ? t('panels.search.hitOutgoing', { time }) : t('panels.search.hitIncoming', { time })}
                      </span>
                      <span className="search-hit-snippet">
                        <SnippetText snippet={hit.snippet} />
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </Dialog>
  );
}

function SnippetText(props: { readonly snippet: Snippet }): React.JSX.Element {
  return (
    <>
      {props.snippet.map((run, index) =>
        // Runs have no identity beyond their position in this snippet.
        run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
      )}
    </>
  );
}
