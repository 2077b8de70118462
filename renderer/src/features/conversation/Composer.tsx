/**
 * The composer's container: files (picker, paste, drop) uploaded in chunks as soon as
 * they are added, voice notes sent once recorded, reply and edit modes, a draft kept per
 * chat, and the typing indicator. `ComposerView` draws it.
 */
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxAttachmentBytes } from '../../../../shared/ipc/attachments';
import type { AttachmentView } from '../../../../shared/ipc/attachments';
import type { MessageView } from '../../../../shared/ipc/chats';
import { attachmentKind, formatBytes } from './attachmentModel';
import type { ComposerViewHandle, PendingAttachment } from './ComposerView';
import { ComposerView } from './ComposerView';
import { uploadFile, UploadCancelledError } from './uploadFile';
import type { RecorderProblem, Recording } from './VoiceRecorder';
import { useApi } from '../../ipc';
import { useLatest } from '../../state/useLatest';
import { failureText } from '../../i18n/failure';

const draftDelayMs = 600;
const typingIdleMs = 5_000;
const maxAttachments = 32;

export interface ComposerHandle {
  focus(): void;
  addFiles(files: ReadonlyArray<File>): void;
}

interface PendingFile extends PendingAttachment {
  readonly uploadId: string | undefined;
  readonly abort: AbortController;
  readonly done: Promise<AttachmentView | undefined>;
}

export interface ComposerProps {
  readonly conversationId: string;
  readonly contactTitle: string;
  readonly initialDraft: string | null;
  /** Sending waits for the user to accept a new safety number. */
  readonly blockedReason: string | undefined;
  readonly replyTo: MessageView | undefined;
  readonly onCancelReply: () => void;
  readonly editing: MessageView | undefined;
  readonly onCancelEdit: () => void;
  /** Up arrow in an empty composer. */
  readonly onEditLast: () => void;
  readonly onSend: (body: string, attachmentIds: ReadonlyArray<string>, quoteMessageId: string | null) => Promise<void>;
  readonly onEdit: (messageId: string, body: string) => Promise<void>;
  readonly ref?: React.Ref<ComposerHandle>;
}

let pendingCounter = 0;

export function Composer(props: ComposerProps): React.JSX.Element {
  const { t } = useTranslation();
  const { chats, attachments } = useApi();
  const [text, setText] = useState(props.initialDraft ?? '');
  const [pending, setPending] = useState<ReadonlyArray<PendingFile>>([]);
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const composerView = useRef<ComposerViewHandle>(null);
  const draftBeforeEdit = useRef<string | undefined>(undefined);
  const { conversationId } = props;
  const blocked = props.blockedReason !== undefined;

  // --- draft, saved a moment after typing stops and when the chat closes ------------------
  const savedDraft = useRef(props.initialDraft ?? '');
  const latestText = useRef(text);
  latestText.current = text;
  const editingRef = useRef(props.editing);
  editingRef.current = props.editing;
  const saveDraft = useCallback(() => {
    // The edit text is not a draft; the draft is what was there before editing.
    const draft = editingRef.current === undefined ? latestText.current : (draftBeforeEdit.current ?? '');
    if (draft === savedDraft.current) return;
    savedDraft.current = draft;
    chats.setDraft(conversationId, draft).catch(() => undefined);
  }, [chats, conversationId]);
  useEffect(() => {
    const timer = setTimeout(saveDraft, draftDelayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [text, saveDraft]);
  useEffect(() => saveDraft, [saveDraft]);

  // --- typing indicator -------------------------------------------------------------------
  const typing = useRef(false);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopTyping = useCallback(() => {
    if (typingTimer.current !== undefined) clearTimeout(typingTimer.current);
    typingTimer.current = undefined;
    if (!typing.current) return;
    typing.current = false;
    chats.sendTyping(conversationId, false).catch(() => undefined);
  }, [chats, conversationId]);
  const noteTyping = (next: string): void => {
    if (next.trim() === '' || props.editing !== undefined) {
      stopTyping();
      return;
    }
    if (!typing.current) {
      typing.current = true;
      chats.sendTyping(conversationId, true).catch(() => undefined);
    }
    if (typingTimer.current !== undefined) clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(stopTyping, typingIdleMs);
  };
  useEffect(() => stopTyping, [stopTyping]);

  // --- edit mode ---------------------------------------------------------------------------
  const editingId = props.editing?.id;
  useEffect(() => {
    if (props.editing === undefined) return;
    draftBeforeEdit.current ??= latestText.current;
    setText(props.editing.body ?? '');
    stopTyping();
    // The view puts the caret after the text. Only when a different message enters edit mode.
  }, [editingId]);
  const leaveEdit = useCallback(() => {
    setText(draftBeforeEdit.current ?? '');
    draftBeforeEdit.current = undefined;
    props.onCancelEdit();
  }, [props]);

  // --- attachments -------------------------------------------------------------------------
  const update = (key: string, change: Partial<PendingFile>): void => {
    setPending((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  };
  const addFiles = useCallback(
    (files: ReadonlyArray<File>) => {
      setError(undefined);
      const room = maxAttachments - pending.length;
      if (files.length > room) setError(t('conversation.composer.tooMany', { count: maxAttachments }));
      const accepted: Array<PendingFile> = [];
      for (const file of files.slice(0, Math.max(0, room))) {
        if (file.size > maxAttachmentBytes) {
          setError(t('conversation.composer.tooLarge', { name: file.name, limit: formatBytes(maxAttachmentBytes) }));
          continue;
        }
        if (file.size === 0) continue;
        const key = `pending-${String(++pendingCounter)}`;
        const abort = new AbortController();
        const image = attachmentKind({ contentType: file.type, voiceNote: false }) === 'image';
        const done = uploadFile(attachments, file, file.name || null, {
          signal: abort.signal,
          onProgress: (progress) => {
            update(key, { progress });
          },
        }).then(
          (uploaded) => {
            update(key, { progress: 1, uploadId: uploaded.uploadId, attachment: uploaded.attachment });
            return uploaded.attachment;
          },
          (failure: unknown) => {
            if (!(failure instanceof UploadCancelledError)) {
              update(key, { error: failureText(failure) });
            }
            return undefined;
          },
        );
        accepted.push({
          key,
          name: file.name || t('conversation.attachment.unnamed'),
          contentType: file.type,
          size: file.size,
          previewUrl: image ? URL.createObjectURL(file) : undefined,
          progress: 0,
          uploadId: undefined,
          attachment: undefined,
          error: undefined,
          abort,
          done,
        });
      }
      if (accepted.length > 0) setPending((current) => [...current, ...accepted]);
    },
    [pending.length, t],
  );
  const removePending = (item: PendingFile, dropStaged: boolean): void => {
    item.abort.abort();
    if (item.previewUrl !== undefined) URL.revokeObjectURL(item.previewUrl);
    if (dropStaged && item.uploadId !== undefined) attachments.cancelUpload(item.uploadId).catch(() => undefined);
    setPending((current) => current.filter((each) => each.key !== item.key));
  };
  // What was attached but not sent goes with the composer (switching chats): previews
  // are revoked, uploads in flight stop, and staged files are dropped on the host.
  const pendingRef = useLatest(pending);
  useEffect(
    () => () => {
      for (const item of pendingRef.current) {
        item.abort.abort();
        if (item.previewUrl !== undefined) URL.revokeObjectURL(item.previewUrl);
        if (item.uploadId !== undefined) attachments.cancelUpload(item.uploadId).catch(() => undefined);
      }
    },
    [pendingRef],
  );

  useImperativeHandle(
    props.ref,
    () => ({
      focus: () => {
        composerView.current?.focus();
      },
      addFiles,
    }),
    [addFiles],
  );

  // --- send --------------------------------------------------------------------------------
  const canSend = !blocked && !sending && (text.trim() !== '' || pending.length > 0) && pending.every((item) => item.error === undefined);
  const send = (): void => {
    if (!canSend) return;
    const body = text;
    if (props.editing !== undefined) {
      if (body.trim() === '') return;
      const editing = props.editing;
      setSending(true);
      props.onEdit(editing.id, body.trim()).then(
        () => {
          setSending(false);
          setError(undefined);
          leaveEdit();
        },
        (failure: unknown) => {
          setSending(false);
          setError(t('conversation.composer.sendFailed', { reason: failureText(failure) }));
        },
      );
      return;
    }
    setSending(true);
    stopTyping();
    const items = pending;
    Promise.all(items.map((item) => item.done))
      .then(async (views) => {
        if (views.some((view) => view === undefined)) throw new Error(t('conversation.attachment.loadFailed'));
        const ids = views.filter((view): view is AttachmentView => view !== undefined).map((view) => view.id);
        await props.onSend(body.trim(), ids, props.replyTo?.id ?? null);
      })
      .then(
        () => {
          setText('');
          savedDraft.current = '';
          for (const item of items) if (item.previewUrl !== undefined) URL.revokeObjectURL(item.previewUrl);
          // By key: progress updates replace the item objects while the send is under way.
          const sent = new Set(items.map((item) => item.key));
          setPending((current) => current.filter((item) => !sent.has(item.key)));
          setError(undefined);
          setSending(false);
          props.onCancelReply();
          composerView.current?.focus();
        },
        (failure: unknown) => {
          // Nothing is lost: the text and attachments stay for another try.
          setError(t('conversation.composer.sendFailed', { reason: failureText(failure) }));
          setSending(false);
        },
      );
  };

  const sendRecording = useCallback(
    (recording: Recording | undefined) => {
      if (recording === undefined) return;
      setSending(true);
      uploadFile(attachments, recording.blob, null, { voiceNote: true, durationMs: recording.durationMs })
        .then((uploaded) => props.onSend('', [uploaded.attachment.id], props.replyTo?.id ?? null))
        .then(
          () => {
            setSending(false);
            props.onCancelReply();
          },
          (failure: unknown) => {
            setSending(false);
            setError(t('conversation.composer.sendFailed', { reason: failureText(failure) }));
          },
        );
    },
    [props, t],
  );
  const recordingFailed = useCallback(
    (problem: RecorderProblem) => {
      setError(t('conversation.recorder.failed', { reason: t(`conversation.recorder.problem.${problem}`) }));
    },
    [t],
  );

  return (
    <ComposerView
      ref={composerView}
      contactTitle={props.contactTitle}
      text={text}
      pending={pending}
      error={error}
      sending={sending}
      canSend={canSend}
      blockedReason={props.blockedReason}
      replyTo={props.replyTo}
      editing={props.editing}
      onTextChange={(next) => {
        setText(next);
        noteTyping(next);
      }}
      onSend={send}
      onAddFiles={addFiles}
      onRemoveAttachment={(key) => {
        const item = pending.find((each) => each.key === key);
        if (item !== undefined) removePending(item, true);
      }}
      onCancelReply={props.onCancelReply}
      onCancelEdit={leaveEdit}
      onEditLast={props.onEditLast}
      onStartRecording={() => {
        setError(undefined);
      }}
      onRecordingDone={sendRecording}
      onRecordingFailed={recordingFailed}
    />
  );
}
