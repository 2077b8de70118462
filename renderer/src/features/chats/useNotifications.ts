/**
 * New-message notifications, in both hosts: the host asks with `onDidRequestNotification`
 * and the page shows them through the Notifications API (Electron maps it to the
 * system's notifications), because only the renderer words them. The host has already
 * applied the preview setting (a hidden title or message comes as null), and tells the
 * page to take a notification down when its message is deleted or read anywhere, or to
 * replace it when the message is edited.
 */
import i18next from 'i18next';
import { useEffect, useRef } from 'react';
import type { ConversationSummary, NotificationView } from '../../../../shared/ipc/chats';
import { NotificationDisplay } from '../../../../shared/notification-display';
import { previewText } from '../../i18n/preview';
import { useApi } from '../../ipc';
import { shouldNotify, titleWithUnread, totalUnread } from './logic';


export function useNotifications(options: {
  /** Once the host is known. */
  readonly active: boolean;
  /** The user's setting; the host checks it too, this only avoids a stray one while it changes. */
  readonly enabled: boolean;
  /** The chat on screen: no notification for it while the window has focus. */
  readonly visibleConversationId: string | undefined;
  readonly onOpen: (conversationId: string) => void;
}): void {
  const { chats } = useApi();
  const latest = useRef(options);
  latest.current = options;
  const { active, enabled } = options;

  // Browsers only show the permission prompt in answer to a user gesture, so ask on the first one.
  useEffect(() => {
    if (!active || !enabled || !('Notification' in window) || Notification.permission !== 'default') return undefined;
    const ask = (): void => {
      window.removeEventListener('pointerdown', ask, true);
      window.removeEventListener('keydown', ask, true);
      Notification.requestPermission().catch(() => undefined);
    };
    window.addEventListener('pointerdown', ask, true);
    window.addEventListener('keydown', ask, true);
    return () => {
      window.removeEventListener('pointerdown', ask, true);
      window.removeEventListener('keydown', ask, true);
    };
  }, [active, enabled]);

  useEffect(() => {
    if (!active || !('Notification' in window)) return undefined;
    // Each notification is named by its message, so a deletion, a read or an edit finds it.
    const display = new NotificationDisplay<Notification>((notification) => {
      notification.close();
    });
    const show = (request: NotificationView): void => {
      const current = latest.current;
      const wanted = shouldNotify({
        enabled: current.enabled,
        permission: Notification.permission,
        windowFocused: document.hasFocus(),
        visibleConversationId: current.visibleConversationId,
        conversationId: request.conversationId,
      });
      if (!wanted || !display.wants(request)) return;
      // The tag makes a newer message of the same chat replace the older notification; an edit replaces it silently.
      const notification = new Notification(request.title ?? i18next.t('panels.appName'), {
        body: request.preview === null ? i18next.t('panels.notification.hidden') : previewText(request.preview),
        tag: request.conversationId,
        silent: request.update,
      });
      display.add(request, notification);
      notification.addEventListener('click', () => {
        window.focus();
        latest.current.onOpen(request.conversationId);
        display.forget(request.conversationId, notification);
        notification.close();
      });
      notification.addEventListener('close', () => {
        display.forget(request.conversationId, notification);
      });
    };
    const disposeShow = chats.onDidRequestNotification(show);
    const disposeRetract = chats.onDidRetractNotification((retraction) => {
      display.retract(retraction);
    });
    return () => {
      disposeShow();
      disposeRetract();
    };
  }, [active]);
}

/** "(3) Parley" in the window title and the OS badge, for unread messages in chats that are not muted. */
export function useUnreadBadge(conversations: ReadonlyArray<ConversationSummary> | undefined, appName: string): void {
  const unread = conversations === undefined ? 0 : totalUnread(conversations, Date.now());
  useEffect(() => {
    document.title = titleWithUnread(appName, unread);
    // Badging API: present in Chromium and Electron, absent elsewhere; a refusal changes nothing.
    if (!('setAppBadge' in navigator)) return;
    if (unread > 0) navigator.setAppBadge(unread).catch(() => undefined);
    else navigator.clearAppBadge().catch(() => undefined);
  }, [unread, appName]);
  useEffect(
    () => () => {
      document.title = appName;
    },
    [appName],
  );
}
