/**
 * The composer: auto-growing text (Enter sends, Shift+Enter breaks the line), emoji,
 * files (picker, paste, drop) uploaded in chunks as soon as they are added, voice
 * notes, reply and edit modes, a draft kept per chat, and the typing indicator.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxAttachmentBytes } from '../../../../shared/ipc/attachments';
import type { AttachmentView } from '../../../../shared/ipc/attachments';
import type { MessageView } from '../../../../shared/ipc/chats';
import { attachmentKind, formatBytes } from './attachmentModel';
import { textareaFit } from './composerModel';
import { DocumentTypeIcon, Icon } from '../../ui/Icons';
import { documentIcon } from './attachmentModel';
import { uploadFile, UploadCancelledError } from './uploadFile';
import type { RecorderProblem, Recording } from './VoiceRecorder';
import { VoiceRecorder } from './VoiceRecorder';
import { useApi } from '../../ipc';
import { isSendKey } from '../../state/format';
import { useLatest } from '../../state/useLatest';
import { failureText } from '../../i18n/failure';

// The picker and its emoji data load on first use.
const EmojiPicker = lazy(() => import('./EmojiPicker').then((module) => ({ default: module.EmojiPicker })));

const draftDelayMs = 600;
const typingIdleMs = 5_000;
const maxAttachments = 32;
const maxTextareaPx = 200;

function fitTextarea(element: HTMLTextAreaElement): void {
  // Measured without a scrollbar, which would narrow the text and make it taller.
  element.style.overflowY = 'hidden';
  element.style.height = 'auto';
  const fit = textareaFit({ scrollHeight: element.scrollHeight, borderHeight: element.offsetHeight - element.clientHeight, maxHeight: maxTextareaPx });
  element.style.height = `${String(fit.height)}px`;
  element.style.overflowY = fit.scrolls ? 'auto' : 'hidden';
}

export interface ComposerHandle {
  focus(): void;
  addFiles(files: ReadonlyArray<File>): void;
}

interface PendingFile {
  readonly key: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly previewUrl: string | undefined;
  readonly progress: number;
  readonly uploadId: string | undefined;
  readonly attachment: AttachmentView | undefined;
  readonly error: string | undefined;
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
  const id = useId();
  const [text, setText] = useState(props.initialDraft ?? '');
  const [pending, setPending] = useState<ReadonlyArray<PendingFile>>([]);
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const [emojiOpen, setEmojiOpen] = useState(false);
  const [recording, setRecording] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
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
    requestAnimationFrame(() => {
      const element = textarea.current;
      if (element === null) return;
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    });
    // Only when a different message enters edit mode.
  }, [editingId]);
  const leaveEdit = useCallback(() => {
    setText(draftBeforeEdit.current ?? '');
    draftBeforeEdit.current = undefined;
    props.onCancelEdit();
  }, [props]);

  // --- auto-grow (height set from script: no style attributes under the CSP) -------------
  useLayoutEffect(() => {
    if (textarea.current !== null) fitTextarea(textarea.current);
  }, [text]);
  // A narrower window wraps the same text onto more lines.
  useEffect(() => {
    const element = textarea.current;
    if (element === null) return undefined;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fitTextarea(element);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);

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
        textarea.current?.focus();
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
          textarea.current?.focus();
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
      setRecording(false);
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
      setRecording(false);
      setError(t('conversation.recorder.failed', { reason: t(`conversation.recorder.problem.${problem}`) }));
    },
    [t],
  );

  const insertEmoji = (emoji: string): void => {
    const element = textarea.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const next = text.slice(0, start) + emoji + text.slice(end);
    setText(next);
    noteTyping(next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + emoji.length, start + emoji.length);
    });
  };

  const closeEmoji = useCallback(() => {
    setEmojiOpen(false);
  }, []);

  return (
    <form
      className={`composer${blocked ? ' blocked' : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {props.replyTo !== undefined && props.editing === undefined && (
        <div className="composer-context">
          <div className="composer-quote">
            <span className="quote-author">
              {t('conversation.composer.replyingTo', {
                name: props.replyTo.direction === 'outgoing' ? t('conversation.message.you') : props.contactTitle,
              })}
            </span>
            <span className="quote-text">{props.replyTo.body ?? t('conversation.message.attachmentOnly')}</span>
          </div>
          <button type="button" className="icon-button small" aria-label={t('conversation.composer.cancelReply')} title={t('conversation.composer.cancelReply')} onClick={props.onCancelReply}>
            <Icon name="close" />
          </button>
        </div>
      )}
      {props.editing !== undefined && (
        <div className="composer-context editing">
          <div className="composer-quote">
            <span className="quote-author">
              <Icon name="edit" /> {t('conversation.composer.editing')}
            </span>
            <span className="quote-text">{props.editing.body}</span>
          </div>
          <button type="button" className="icon-button small" aria-label={t('conversation.composer.cancelEdit')} title={t('conversation.composer.cancelEdit')} onClick={leaveEdit}>
            <Icon name="close" />
          </button>
        </div>
      )}
      {pending.length > 0 && (
        <ul className="pending-attachments" aria-label={t('conversation.composer.attachments')}>
          {pending.map((item) => (
            <li key={item.key} className={`pending-chip${item.error === undefined ? '' : ' failed'}`}>
              {item.previewUrl !== undefined ? (
                <img src={item.previewUrl} alt="" className="pending-thumb" />
              ) : (
                <DocumentTypeIcon kind={documentIcon(item.name, item.contentType)} />
              )}
              <span className="pending-text">
                <span className="pending-name" title={item.name}>
                  {item.name}
                </span>
                <span className="pending-size">
                  {item.error ?? (item.attachment === undefined ? t('conversation.attachment.uploading', { percent: Math.round(item.progress * 100) }) : formatBytes(item.size))}
                </span>
                {item.attachment === undefined && item.error === undefined && (
                  <progress max={1} value={item.progress} aria-label={t('conversation.attachment.progressLabel', { name: item.name })} />
                )}
              </span>
              <button
                type="button"
                className="icon-button small"
                aria-label={t('conversation.composer.removeAttachment', { name: item.name })}
                title={t('conversation.composer.removeAttachment', { name: item.name })}
                onClick={() => {
                  removePending(item, true);
                }}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {recording ? (
        <VoiceRecorder onDone={sendRecording} onError={recordingFailed} />
      ) : (
        <div className="composer-row">
          <div className="composer-tool">
            <button
              type="button"
              className="icon-button"
              data-emoji-toggle
              aria-label={t('conversation.composer.emoji')}
              title={t('conversation.composer.emoji')}
              aria-expanded={emojiOpen}
              disabled={blocked}
              onClick={() => {
                setEmojiOpen((open) => !open);
              }}
            >
              <Icon name="smile" />
            </button>
            {emojiOpen && (
              <Suspense fallback={null}>
                <EmojiPicker onPick={insertEmoji} onClose={closeEmoji} />
              </Suspense>
            )}
          </div>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            {t('conversation.composer.label')}
          </label>
          <textarea
            ref={textarea}
            id={`${id}-text`}
            rows={1}
            value={text}
            disabled={blocked}
            // When blocked, the note under the field says why; the field does not repeat it.
            placeholder={t('conversation.composer.placeholder')}
            aria-describedby={blocked ? `${id}-blocked` : undefined}
            onChange={(event) => {
              setText(event.target.value);
              noteTyping(event.target.value);
            }}
            onPaste={(event) => {
              const files = [...event.clipboardData.files];
              if (files.length === 0) return;
              event.preventDefault();
              addFiles(files);
            }}
            onKeyDown={(event) => {
              if (isSendKey({ key: event.key, shiftKey: event.shiftKey, isComposing: event.nativeEvent.isComposing })) {
                event.preventDefault();
                send();
              } else if (event.key === 'Escape' && props.editing !== undefined) {
                event.preventDefault();
                leaveEdit();
              } else if (event.key === 'Escape' && props.replyTo !== undefined) {
                event.preventDefault();
                props.onCancelReply();
              } else if (event.key === 'ArrowUp' && text === '' && pending.length === 0 && props.editing === undefined) {
                event.preventDefault();
                props.onEditLast();
              }
            }}
          />
          <input
            ref={fileInput}
            type="file"
            multiple
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              addFiles([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t('conversation.composer.attach')}
            title={t('conversation.composer.attach')}
            disabled={blocked || props.editing !== undefined}
            onClick={() => fileInput.current?.click()}
          >
            <Icon name="paperclip" />
          </button>
          {text.trim() === '' && pending.length === 0 && props.editing === undefined ? (
            <button
              type="button"
              className="icon-button"
              aria-label={t('conversation.composer.record')}
              title={t('conversation.composer.record')}
              disabled={blocked || sending}
              onClick={() => {
                setError(undefined);
                setRecording(true);
              }}
            >
              <Icon name="mic" />
            </button>
          ) : (
            <button
              type="submit"
              className="send-button"
              aria-label={props.editing !== undefined ? t('conversation.composer.saveEdit') : t('conversation.composer.send')}
              title={props.editing !== undefined ? t('conversation.composer.saveEdit') : t('conversation.composer.send')}
              disabled={!canSend}
            >
              <Icon name={props.editing !== undefined ? 'check' : 'send'} />
            </button>
          )}
        </div>
      )}
      {blocked && (
        <p id={`${id}-blocked`} className="composer-note">
          {props.blockedReason}
        </p>
      )}
      {error !== undefined && (
        <p className="composer-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
