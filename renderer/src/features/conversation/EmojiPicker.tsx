/** A searchable emoji grid in a popover: one category at a time, arrow keys move, Enter picks, Escape closes. */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmojiCatalogue, EmojiCategory, EmojiEntry } from './emojiData';
import { emojiCategories, loadCatalogue, searchCatalogue } from './emojiData';
import { useLatest } from '../../state/useLatest';

const columns = 8;
const categoryIcons: Record<EmojiCategory, string> = {
  smileys_people: '😀',
  animals_nature: '🐻',
  food_drink: '🍔',
  travel_places: '✈️',
  activities: '⚽',
  objects: '💡',
  symbols: '❤️',
  flags: '🏳️',
};

export function EmojiPicker(props: {
  readonly onPick: (emoji: string) => void;
  readonly onClose: () => void;
  /** Where the popover sits relative to its positioned parent. */
  readonly placement?: 'above' | 'below';
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [catalogue, setCatalogue] = useState<EmojiCatalogue>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [category, setCategory] = useState<EmojiCategory>('smileys_people');
  const [query, setQuery] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const close = useLatest(props.onClose);

  useEffect(() => {
    let live = true;
    loadCatalogue().then(
      (loaded) => {
        if (live) setCatalogue(loaded);
      },
      () => {
        if (live) setLoadFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    search.current?.focus();
  }, []);

  useEffect(() => {
    const onPointer = (event: PointerEvent): void => {
      const target = event.target as Element | null;
      if (root.current !== null && !root.current.contains(target) && target?.closest('[data-emoji-toggle]') == null) close.current();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [close]);

  const shown: ReadonlyArray<EmojiEntry> = useMemo(() => {
    if (catalogue === undefined) return [];
    return query.trim() === '' ? catalogue[category] : searchCatalogue(catalogue, query);
  }, [catalogue, category, query]);

  const focusCell = (index: number): void => {
    const cells = grid.current?.querySelectorAll<HTMLButtonElement>('button');
    if (cells === undefined || cells.length === 0) return;
    cells[Math.max(0, Math.min(cells.length - 1, index))]?.focus();
  };

  return (
    <div
      ref={root}
      className={`emoji-picker ${props.placement === 'below' ? 'below' : 'above'}`}
      role="dialog"
      aria-label={t('conversation.emoji.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onClose();
        }
      }}
    >
      <input
        ref={search}
        type="search"
        className="emoji-search"
        aria-label={t('conversation.emoji.search')}
        placeholder={t('conversation.emoji.search')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            focusCell(0);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            const first = shown[0];
            if (first !== undefined) props.onPick(first.emoji);
          }
        }}
      />
      {query.trim() === '' && (
        <div className="emoji-tabs" role="tablist" aria-label={t('conversation.emoji.label')}>
          {emojiCategories.map((each) => (
            <button
              key={each}
              type="button"
              role="tab"
              id={`${id}-${each}`}
              aria-selected={each === category}
              aria-controls={`${id}-grid`}
              title={t(`conversation.emoji.categories.${each}`)}
              aria-label={t(`conversation.emoji.categories.${each}`)}
              className="emoji-tab"
              onClick={() => {
                setCategory(each);
              }}
            >
              <span aria-hidden="true">{categoryIcons[each]}</span>
            </button>
          ))}
        </div>
      )}
      <div
        ref={grid}
        id={`${id}-grid`}
        className="emoji-grid"
        role={query.trim() === '' ? 'tabpanel' : 'group'}
        aria-labelledby={query.trim() === '' ? `${id}-${category}` : undefined}
        aria-label={query.trim() === '' ? undefined : t('conversation.emoji.search')}
        onKeyDown={(event) => {
          const cells = [...(grid.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
          const index = cells.findIndex((cell) => cell === document.activeElement);
          if (index < 0) return;
          const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns }[event.key];
          if (step === undefined) return;
          event.preventDefault();
          if (event.key === 'ArrowUp' && index < columns) search.current?.focus();
          else focusCell(index + step);
        }}
      >
        {catalogue === undefined && <p className="emoji-note">{t(loadFailed ? 'conversation.emoji.loadFailed' : 'conversation.emoji.loading')}</p>}
        {catalogue !== undefined && shown.length === 0 && <p className="emoji-note">{t('conversation.emoji.noResults')}</p>}
        {shown.map((entry, index) => (
          <button
            key={entry.emoji}
            type="button"
            // One tab stop for the grid; arrow keys move inside it.
            tabIndex={index === 0 ? 0 : -1}
            className="emoji-cell"
            title={entry.names.at(-1)}
            aria-label={entry.names.at(-1) ?? entry.emoji}
            onClick={() => {
              props.onPick(entry.emoji);
            }}
          >
            {entry.emoji}
          </button>
        ))}
      </div>
    </div>
  );
}
