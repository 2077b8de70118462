/**
 * What a notification display keeps (the page's Web Notifications in the browser host,
 * Electron's native ones in its main process): one notification per conversation, named
 * by the message it shows, so the host's follow-ups replace or close the right one
 * (issue 10, item 11). Generic over the platform's notification object.
 */

export interface NotificationRequestIdentity {
  readonly conversationId: string;
  readonly messageId: string;
  /** Replaces the shown notification of the same message (an edit). */
  readonly update: boolean;
}

export interface NotificationRetractionIdentity {
  readonly conversationId: string;
  readonly messageIds: ReadonlyArray<string>;
}

export class NotificationDisplay<T> {
  private readonly shown = new Map<string, { readonly messageId: string; readonly handle: T }>();

  constructor(private readonly close: (handle: T) => void) {}

  /** Whether to show a request at all: an edit only replaces a notification that is still up. */
  wants(request: NotificationRequestIdentity): boolean {
    return !request.update || this.shown.get(request.conversationId)?.messageId === request.messageId;
  }

  /** `handle` now shows the request; the conversation's previous notification is closed. */
  add(request: NotificationRequestIdentity, handle: T): void {
    const previous = this.shown.get(request.conversationId);
    this.shown.set(request.conversationId, { messageId: request.messageId, handle });
    if (previous !== undefined && previous.handle !== handle) this.close(previous.handle);
  }

  /** The user clicked or dismissed it: nothing to close later. */
  forget(conversationId: string, handle: T): void {
    if (this.shown.get(conversationId)?.handle === handle) this.shown.delete(conversationId);
  }

  /** Closes the conversation's notification if it shows one of these messages. */
  retract(retraction: NotificationRetractionIdentity): void {
    const shown = this.shown.get(retraction.conversationId);
    if (shown === undefined || !retraction.messageIds.includes(shown.messageId)) return;
    this.shown.delete(retraction.conversationId);
    this.close(shown.handle);
  }

  /** The message ids shown now, by conversation (for tests and diagnostics). */
  current(): ReadonlyMap<string, string> {
    return new Map([...this.shown].map(([conversationId, shown]) => [conversationId, shown.messageId]));
  }
}
