/**
 * Emoji for the picker, from emoji-picker-react's bundled English data (loaded on first
 * use, nothing fetched from the network). We draw our own picker: the library's
 * component injects <style> tags, which the renderer's CSP (style-src 'self') blocks.
 */
export const emojiCategories = [
  'smileys_people',
  'animals_nature',
  'food_drink',
  'travel_places',
  'activities',
  'objects',
  'symbols',
  'flags',
] as const;
export type EmojiCategory = (typeof emojiCategories)[number];

export interface EmojiEntry {
  readonly emoji: string;
  /** Lower-case names and keywords, the last one the full name. */
  readonly names: ReadonlyArray<string>;
}

export type EmojiCatalogue = Readonly<Record<EmojiCategory, ReadonlyArray<EmojiEntry>>>;

interface RawEmoji {
  readonly n: ReadonlyArray<string>;
  readonly u: string;
  readonly a: string;
}

/** Emoji newer than this may draw as boxes with the system's emoji font. */
const newestVersion = 14;

export function emojiFromUnified(unified: string): string {
  return unified
    .split('-')
    .map((hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .join('');
}

export function buildCatalogue(raw: { readonly emojis: Readonly<Record<string, ReadonlyArray<RawEmoji>>> }): EmojiCatalogue {
  const entries = (category: EmojiCategory): ReadonlyArray<EmojiEntry> =>
    (raw.emojis[category] ?? [])
      .filter((item) => Number.parseFloat(item.a) <= newestVersion)
      .map((item) => ({ emoji: emojiFromUnified(item.u), names: item.n.map((name) => name.toLowerCase()) }));
  return Object.fromEntries(emojiCategories.map((category) => [category, entries(category)])) as Record<EmojiCategory, ReadonlyArray<EmojiEntry>>;
}

/** Emoji whose names start with (then contain) every word of the query. */
export function searchCatalogue(catalogue: EmojiCatalogue, query: string, limit = 160): ReadonlyArray<EmojiEntry> {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [];
  const all = emojiCategories.flatMap((category) => catalogue[category]);
  const score = (entry: EmojiEntry): number => {
    let total = 0;
    for (const word of words) {
      if (entry.names.some((name) => name === word)) total += 3;
      else if (entry.names.some((name) => name.startsWith(word))) total += 2;
      else if (entry.names.some((name) => name.includes(word))) total += 1;
      else return 0;
    }
    return total;
  };
  return all
    .map((entry, index) => ({ entry, index, score: score(entry) }))
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((item) => item.entry);
}

let loading: Promise<EmojiCatalogue> | undefined;

/** Loads the data chunk once (code-split by the bundler). */
export function loadCatalogue(): Promise<EmojiCatalogue> {
  loading ??= import('emoji-picker-react/data/emojis-en').then((module) => buildCatalogue(module.default));
  return loading;
}

/** The quick reactions under a message, as in other messengers. */
export const quickReactions = ['❤️', '👍', '👎', '😂', '😮', '😢'] as const;
