/**
 * What travels inside the Signal-protocol ciphertext (content.proto). Import from here:
 * importing './index' first configures protobufjs (64-bit fields as numbers).
 */
import './index';
import { parley } from './generated/wire.js';

const v1 = parley.content.v1;

export const Content = v1.Content;
export type Content = parley.content.v1.Content;
export type ContentFields = parley.content.v1.Content.$Properties;
export const DataMessage = v1.DataMessage;
export type DataMessageFields = parley.content.v1.DataMessage.$Properties;
export type AttachmentPointerFields = parley.content.v1.AttachmentPointer.$Properties;
export type AttachmentPointer = parley.content.v1.AttachmentPointer;
export const ReceiptType = v1.ReceiptMessage.Type;
export type ReceiptType = parley.content.v1.ReceiptMessage.Type;
export const TypingAction = v1.TypingMessage.Action;
export type TypingAction = parley.content.v1.TypingMessage.Action;
export type SyncMessageFields = parley.content.v1.SyncMessage.$Properties;
export const HistoryBundle = v1.HistoryBundle;
export type HistoryBundle = parley.content.v1.HistoryBundle;
export type HistoryBundleFields = parley.content.v1.HistoryBundle.$Properties;
export type HistoryMessageFields = parley.content.v1.HistoryBundle.HistoryMessage.$Properties;
export type HistoryConversationFields = parley.content.v1.HistoryBundle.Conversation.$Properties;
export type HistoryAttachmentFields = parley.content.v1.HistoryBundle.Attachment.$Properties;
export type HistoryAttachment = parley.content.v1.HistoryBundle.Attachment;
export type HistoryMessage = parley.content.v1.HistoryBundle.HistoryMessage;
export const HistoryMessageKind = v1.HistoryBundle.HistoryMessage.Kind;
export type HistoryMessageKind = parley.content.v1.HistoryBundle.HistoryMessage.Kind;
export const HistoryVerifiedState = v1.HistoryBundle.VerifiedState;
export type HistoryVerifiedState = parley.content.v1.HistoryBundle.VerifiedState;
export const HistoryMedia = v1.HistoryBundle.Media;
export type HistoryMedia = parley.content.v1.HistoryBundle.Media;
export type HistoryMediaFields = parley.content.v1.HistoryBundle.Media.$Properties;
export type SyncHistoryFields = parley.content.v1.SyncMessage.History.$Properties;
export const SyncHistory = v1.SyncMessage.History;
export type SyncHistory = parley.content.v1.SyncMessage.History;
export type ProfileMessageFields = parley.content.v1.ProfileMessage.$Properties;
export type DeleteForMeFields = parley.content.v1.SyncMessage.DeleteForMe.$Properties;
export const SyncVerifiedState = v1.SyncMessage.Verified.State;
export type SyncVerifiedState = parley.content.v1.SyncMessage.Verified.State;
export type EditMessageFields = parley.content.v1.EditMessage.$Properties;
export type DataMessage = parley.content.v1.DataMessage;
export type EditMessage = parley.content.v1.EditMessage;
export type ProfileMessage = parley.content.v1.ProfileMessage;
export type SyncMessage = parley.content.v1.SyncMessage;
