/** The one way the renderer words a message preview the host sends as data (list rows, notifications). */
import i18next from 'i18next';
import type { MessagePreview } from '../../../shared/ipc/chats';

export function previewText(preview: MessagePreview): string {
  switch (preview.kind) {
    case 'text':
      return preview.text;
    case 'deleted':
      return i18next.t('conversation.preview.deleted');
    case 'attachment':
      if (preview.attachment === 'file' && preview.fileName !== null) return preview.fileName;
      return i18next.t(`conversation.preview.${preview.attachment}`);
  }
}
