/**
 * What the composer shows: the auto-growing field (Enter sends, Shift+Enter breaks the
 * line), emoji, attachment chips, the voice recorder, and the reply and edit bars. Props
 * only; `Composer` keeps the text, the uploads, the draft and the typing indicator.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../../../../shared/ipc/attachments';
import type { MessageView } from '../../../../shared/ipc/chats';
import { formatBytes } from './attachmentModel';
import { textareaFit } from './composerModel';
import { DocumentTypeIcon, Icon } from '../../ui/Icons';
import { documentIcon } from './attachmentModel';
import type { RecorderProblem, Recording } from './VoiceRecorder';
import { VoiceRecorder } from './VoiceRecorder';
import { isSendKey } from '../../state/format';

// The picker and its emoji data load on first use.
const EmojiPicker = lazy(() => import('./EmojiPicker').then((module) => ({ default: module.EmojiPicker })));

const maxTextareaPx = 200;

function fitTextarea(element: HTMLTextAreaElement): void {
  // Measured without a scrollbar, which would narrow the text and make it taller.
  element.style.overflowY = 'hidden';
  element.style.height = 'auto';
  const fit = textareaFit({ scrollHeight: element.scrollHeight, borderHeight: element.offsetHeight - element.clientHeight, maxHeight: maxTextareaPx });
  element.style.height = `${String(fit.height)}px`;
  element.style.overflowY = fit.scrolls ? 'auto' : 'hidden';
}

/** A file added to the composer, as its chip shows it. */
export interface PendingAttachment {
  readonly key: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly previewUrl: string | undefined;
  readonly progress: number;
  /** Set once the upload is staged on the host. */
  readonly attachment: AttachmentView | undefined;
  readonly error: string | undefined;
}

export interface ComposerViewHandle {
  focus(): void;
}

export interface ComposerViewProps {
  readonly contactTitle: string;
  readonly text: string;
  readonly pending: ReadonlyArray<PendingAttachment>;
  readonly error: string | undefined;
  readonly sending: boolean;
  /** Whether Enter or the send button would send now; `onSend` is still called otherwise. */
  readonly canSend: boolean;
  /** Sending waits for the user to accept a new safety number. */
  readonly blockedReason: string | undefined;
  readonly replyTo: MessageView | undefined;
  readonly editing: MessageView | undefined;
  readonly onTextChange: (text: string) => void;
  readonly onSend: () => void;
  readonly onAddFiles: (files: ReadonlyArray<File>) => void;
  readonly onRemoveAttachment: (key: string) => void;
  readonly onCancelReply: () => void;
  readonly onCancelEdit: () => void;
  /** Up arrow in an empty composer. */
  readonly onEditLast: () => void;
  readonly onStartRecording: () => void;
  /** `undefined`: the user cancelled the recording. */
  readonly onRecordingDone: (recording: Recording | undefined) => void;
  readonly onRecordingFailed: (problem: RecorderProblem) => void;
  readonly ref?: React.Ref<ComposerViewHandle>;
}

export function ComposerView(props: ComposerViewProps): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [emojiOpen, setEmojiOpen] = useState(false);
  const [recording, setRecording] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { text, pending, canSend } = props;
  const blocked = props.blockedReason !== undefined;

  useImperativeHandle(
    props.ref,
    () => ({
      focus: () => {
        textarea.current?.focus();
      },
    }),
    [],
  );

  // A message entering edit mode puts the caret after its text.
  const editingId = props.editing?.id;
  useEffect(() => {
    if (editingId === undefined) return;
    requestAnimationFrame(() => {
      const element = textarea.current;
      if (element === null) return;
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    });
  }, [editingId]);

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

  const recordingDone = (done: Recording | undefined): void => {
    setRecording(false);
    props.onRecordingDone(done);
  };
  const recordingFailed = (problem: RecorderProblem): void => {
    setRecording(false);
    props.onRecordingFailed(problem);
  };

  const insertEmoji = (emoji: string): void => {
    const element = textarea.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    props.onTextChange(text.slice(0, start) + emoji + text.slice(end));
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
        props.onSend();
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
          <button type="button" className="icon-button small" aria-label={t('conversation.composer.cancelEdit')} title={t('conversation.composer.cancelEdit')} onClick={props.onCancelEdit}>
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
                  props.onRemoveAttachment(item.key);
                }}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {recording ? (
        <VoiceRecorder onDone={recordingDone} onError={recordingFailed} />
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
              props.onTextChange(event.target.value);
            }}
            onPaste={(event) => {
              const files = [...event.clipboardData.files];
              if (files.length === 0) return;
              event.preventDefault();
              props.onAddFiles(files);
            }}
            onKeyDown={(event) => {
              if (isSendKey({ key: event.key, shiftKey: event.shiftKey, isComposing: event.nativeEvent.isComposing })) {
                event.preventDefault();
                props.onSend();
              } else if (event.key === 'Escape' && props.editing !== undefined) {
                event.preventDefault();
                props.onCancelEdit();
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
              props.onAddFiles([...(event.target.files ?? [])]);
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
              disabled={blocked || props.sending}
              onClick={() => {
                props.onStartRecording();
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
      {props.error !== undefined && (
        <p className="composer-error" role="alert">
          {props.error}
        </p>
      )}
    </form>
  );
}
