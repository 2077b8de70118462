/**
 * The wire schemas, for any runtime. Import from here, not from ./generated: this module
 * configures protobufjs first (see configure.ts).
 */
// First: configures protobufjs before the generated module evaluates.
import './configure';
import { parley } from './generated/wire.js';

export const Envelope = parley.relay.v1.Envelope;
export type Envelope = parley.relay.v1.Envelope;
export const EnvelopeType = parley.relay.v1.Envelope.Type;
export type EnvelopeType = parley.relay.v1.Envelope.Type;
export type EnvelopeFields = parley.relay.v1.Envelope.$Properties;

export const WebSocketMessage = parley.relay.v1.WebSocketMessage;
export type WebSocketMessage = parley.relay.v1.WebSocketMessage;
export const WebSocketMessageType = parley.relay.v1.WebSocketMessage.Type;
export type WebSocketMessageType = parley.relay.v1.WebSocketMessage.Type;
export const WebSocketRequest = parley.relay.v1.WebSocketRequest;
export type WebSocketRequest = parley.relay.v1.WebSocketRequest;
export type WebSocketRequestFields = parley.relay.v1.WebSocketRequest.$Properties;
export const WebSocketResponse = parley.relay.v1.WebSocketResponse;
export type WebSocketResponse = parley.relay.v1.WebSocketResponse;
export type WebSocketResponseFields = parley.relay.v1.WebSocketResponse.$Properties;

export const ProvisioningAddress = parley.provisioning.v1.ProvisioningAddress;
export type ProvisioningAddress = parley.provisioning.v1.ProvisioningAddress;
export const ProvisionEnvelope = parley.provisioning.v1.ProvisionEnvelope;
export type ProvisionEnvelope = parley.provisioning.v1.ProvisionEnvelope;
export const ProvisionMessage = parley.provisioning.v1.ProvisionMessage;
export type ProvisionMessage = parley.provisioning.v1.ProvisionMessage;
export type ProvisionMessageFields = parley.provisioning.v1.ProvisionMessage.$Properties;
export type HistoryPointerFields = parley.provisioning.v1.HistoryPointer.$Properties;
