/** How the console names seats and times: through i18n, from the roster this desktop holds. */
import type { TFunction } from 'i18next';
import type { ConsoleInfo } from '../../../../shared/ipc/console';

/** An agent's name; "You" for this desktop's seat; a seat no longer on the roster is named as removed. */
export function seatName(info: ConsoleInfo, seatId: string, t: TFunction): string {
  if (seatId === info.mySeat?.seatId) return t('console.you');
  return info.roster.find((seat) => seat.seatId === seatId)?.name ?? t('console.unknownAgent');
}

/** "Waiting 5 min": the customer's wait, in the largest unit that fits. */
export function waitingText(since: number, now: number, t: TFunction): string {
  return t('console.list.waiting', { time: durationText(Math.max(0, now - since)) });
}

/** A duration in the user's locale, e.g. "5 min", "3 hr", "2 days". */
export function durationText(ms: number, locale?: string): string {
  const minutes = Math.floor(ms / 60_000);
  const format = (value: number, unit: 'minute' | 'hour' | 'day'): string => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  if (minutes < 60) return format(Math.max(1, minutes), 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return format(hours, 'hour');
  return format(Math.floor(hours / 24), 'day');
}
