import type { i18n } from 'i18next';
import { formatBytes } from '../../../shared/domain/format';

/** Formats the strings use: `{{size, bytes}}` words a byte count (the host sends numbers, never words). */
export function addFormats(instance: i18n): void {
  instance.services.formatter?.add('bytes', (value) => (typeof value === 'number' ? formatBytes(value) : String(value)));
}
