import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace parley. */
export namespace parley {

    /** Namespace relay. */
    namespace relay {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Envelope.
             * @deprecated Use parley.relay.v1.Envelope.$Properties instead.
             */
            interface IEnvelope extends parley.relay.v1.Envelope.$Properties {
            }

            /** Represents an Envelope. */
            class Envelope {

                /**
                 * Constructs a new Envelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.relay.v1.Envelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Envelope type. */
                type: parley.relay.v1.Envelope.Type;

                /** Envelope sourceAccountId. */
                sourceAccountId: (string|null);

                /** Envelope sourceDeviceId. */
                sourceDeviceId: (number|null);

                /** Envelope destinationAccountId. */
                destinationAccountId: string;

                /** Envelope destinationDeviceId. */
                destinationDeviceId: number;

                /** Envelope clientTimestamp. */
                clientTimestamp: number;

                /** Envelope serverTimestamp. */
                serverTimestamp: number;

                /** Envelope serverGuid. */
                serverGuid: string;

                /** Envelope content. */
                content: Uint8Array;

                /** Envelope urgent. */
                urgent: boolean;

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Envelope instance
                 */
                static create(properties: parley.relay.v1.Envelope.$Shape): parley.relay.v1.Envelope & parley.relay.v1.Envelope.$Shape;
                static create(properties?: parley.relay.v1.Envelope.$Properties): parley.relay.v1.Envelope;

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link parley.relay.v1.Envelope.verify|verify} messages.
                 * @param message Envelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.relay.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.relay.v1.Envelope & parley.relay.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.relay.v1.Envelope & parley.relay.v1.Envelope.$Shape;

                /**
                 * Verifies an Envelope message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Envelope
                 */
                static fromObject(object: { [k: string]: any }): parley.relay.v1.Envelope;

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @param message Envelope
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.relay.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Envelope to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Envelope {

                /** Properties of an Envelope. */
                interface $Properties {

                    /** Envelope type */
                    type?: parley.relay.v1.Envelope.Type;

                    /** Envelope sourceAccountId */
                    sourceAccountId?: (string|null);

                    /** Envelope sourceDeviceId */
                    sourceDeviceId?: (number|null);

                    /** Envelope destinationAccountId */
                    destinationAccountId?: string;

                    /** Envelope destinationDeviceId */
                    destinationDeviceId?: number;

                    /** Envelope clientTimestamp */
                    clientTimestamp?: number;

                    /** Envelope serverTimestamp */
                    serverTimestamp?: number;

                    /** Envelope serverGuid */
                    serverGuid?: string;

                    /** Envelope content */
                    content?: Uint8Array;

                    /** Envelope urgent */
                    urgent?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Envelope. */
                type $Shape = parley.relay.v1.Envelope.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** CIPHERTEXT value */
                    CIPHERTEXT = 1,

                    /** PREKEY_MESSAGE value */
                    PREKEY_MESSAGE = 3,

                    /** UNIDENTIFIED_SENDER value */
                    UNIDENTIFIED_SENDER = 6,

                    /** PLAINTEXT_CONTENT value */
                    PLAINTEXT_CONTENT = 8
                }
            }

            /**
             * Properties of a WebSocketMessage.
             * @deprecated Use parley.relay.v1.WebSocketMessage.$Properties instead.
             */
            interface IWebSocketMessage extends parley.relay.v1.WebSocketMessage.$Properties {
            }

            /** Represents a WebSocketMessage. */
            class WebSocketMessage {

                /**
                 * Constructs a new WebSocketMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.relay.v1.WebSocketMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WebSocketMessage type. */
                type: parley.relay.v1.WebSocketMessage.Type;

                /** WebSocketMessage request. */
                request: (parley.relay.v1.WebSocketRequest|null);

                /** WebSocketMessage response. */
                response: (parley.relay.v1.WebSocketResponse|null);

                /**
                 * Creates a new WebSocketMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WebSocketMessage instance
                 */
                static create(properties: parley.relay.v1.WebSocketMessage.$Shape): parley.relay.v1.WebSocketMessage & parley.relay.v1.WebSocketMessage.$Shape;
                static create(properties?: parley.relay.v1.WebSocketMessage.$Properties): parley.relay.v1.WebSocketMessage;

                /**
                 * Encodes the specified WebSocketMessage message. Does not implicitly {@link parley.relay.v1.WebSocketMessage.verify|verify} messages.
                 * @param message WebSocketMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.relay.v1.WebSocketMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WebSocketMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.relay.v1.WebSocketMessage & parley.relay.v1.WebSocketMessage.$Shape} WebSocketMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.relay.v1.WebSocketMessage & parley.relay.v1.WebSocketMessage.$Shape;

                /**
                 * Verifies a WebSocketMessage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WebSocketMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WebSocketMessage
                 */
                static fromObject(object: { [k: string]: any }): parley.relay.v1.WebSocketMessage;

                /**
                 * Creates a plain object from a WebSocketMessage message. Also converts values to other types if specified.
                 * @param message WebSocketMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.relay.v1.WebSocketMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WebSocketMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace WebSocketMessage {

                /** Properties of a WebSocketMessage. */
                interface $Properties {

                    /** WebSocketMessage type */
                    type?: parley.relay.v1.WebSocketMessage.Type;

                    /** WebSocketMessage request */
                    request?: (parley.relay.v1.WebSocketRequest.$Properties|null);

                    /** WebSocketMessage response */
                    response?: (parley.relay.v1.WebSocketResponse.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WebSocketMessage. */
                type $Shape = parley.relay.v1.WebSocketMessage.$Properties;

                /** Type enum. */
                enum Type {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** REQUEST value */
                    REQUEST = 1,

                    /** RESPONSE value */
                    RESPONSE = 2
                }
            }

            /**
             * Properties of a WebSocketRequest.
             * @deprecated Use parley.relay.v1.WebSocketRequest.$Properties instead.
             */
            interface IWebSocketRequest extends parley.relay.v1.WebSocketRequest.$Properties {
            }

            /** Represents a WebSocketRequest. */
            class WebSocketRequest {

                /**
                 * Constructs a new WebSocketRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.relay.v1.WebSocketRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WebSocketRequest verb. */
                verb: string;

                /** WebSocketRequest path. */
                path: string;

                /** WebSocketRequest body. */
                body: (Uint8Array|null);

                /** WebSocketRequest headers. */
                headers: string[];

                /** WebSocketRequest id. */
                id: number;

                /**
                 * Creates a new WebSocketRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WebSocketRequest instance
                 */
                static create(properties: parley.relay.v1.WebSocketRequest.$Shape): parley.relay.v1.WebSocketRequest & parley.relay.v1.WebSocketRequest.$Shape;
                static create(properties?: parley.relay.v1.WebSocketRequest.$Properties): parley.relay.v1.WebSocketRequest;

                /**
                 * Encodes the specified WebSocketRequest message. Does not implicitly {@link parley.relay.v1.WebSocketRequest.verify|verify} messages.
                 * @param message WebSocketRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.relay.v1.WebSocketRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WebSocketRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.relay.v1.WebSocketRequest & parley.relay.v1.WebSocketRequest.$Shape} WebSocketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.relay.v1.WebSocketRequest & parley.relay.v1.WebSocketRequest.$Shape;

                /**
                 * Verifies a WebSocketRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WebSocketRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WebSocketRequest
                 */
                static fromObject(object: { [k: string]: any }): parley.relay.v1.WebSocketRequest;

                /**
                 * Creates a plain object from a WebSocketRequest message. Also converts values to other types if specified.
                 * @param message WebSocketRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.relay.v1.WebSocketRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WebSocketRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace WebSocketRequest {

                /** Properties of a WebSocketRequest. */
                interface $Properties {

                    /** WebSocketRequest verb */
                    verb?: string;

                    /** WebSocketRequest path */
                    path?: string;

                    /** WebSocketRequest body */
                    body?: (Uint8Array|null);

                    /** WebSocketRequest headers */
                    headers?: string[];

                    /** WebSocketRequest id */
                    id?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WebSocketRequest. */
                type $Shape = parley.relay.v1.WebSocketRequest.$Properties;
            }

            /**
             * Properties of a WebSocketResponse.
             * @deprecated Use parley.relay.v1.WebSocketResponse.$Properties instead.
             */
            interface IWebSocketResponse extends parley.relay.v1.WebSocketResponse.$Properties {
            }

            /** Represents a WebSocketResponse. */
            class WebSocketResponse {

                /**
                 * Constructs a new WebSocketResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.relay.v1.WebSocketResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WebSocketResponse id. */
                id: number;

                /** WebSocketResponse status. */
                status: number;

                /** WebSocketResponse message. */
                message: string;

                /** WebSocketResponse headers. */
                headers: string[];

                /** WebSocketResponse body. */
                body: (Uint8Array|null);

                /**
                 * Creates a new WebSocketResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WebSocketResponse instance
                 */
                static create(properties: parley.relay.v1.WebSocketResponse.$Shape): parley.relay.v1.WebSocketResponse & parley.relay.v1.WebSocketResponse.$Shape;
                static create(properties?: parley.relay.v1.WebSocketResponse.$Properties): parley.relay.v1.WebSocketResponse;

                /**
                 * Encodes the specified WebSocketResponse message. Does not implicitly {@link parley.relay.v1.WebSocketResponse.verify|verify} messages.
                 * @param message WebSocketResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.relay.v1.WebSocketResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WebSocketResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.relay.v1.WebSocketResponse & parley.relay.v1.WebSocketResponse.$Shape} WebSocketResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.relay.v1.WebSocketResponse & parley.relay.v1.WebSocketResponse.$Shape;

                /**
                 * Verifies a WebSocketResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WebSocketResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WebSocketResponse
                 */
                static fromObject(object: { [k: string]: any }): parley.relay.v1.WebSocketResponse;

                /**
                 * Creates a plain object from a WebSocketResponse message. Also converts values to other types if specified.
                 * @param message WebSocketResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.relay.v1.WebSocketResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WebSocketResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace WebSocketResponse {

                /** Properties of a WebSocketResponse. */
                interface $Properties {

                    /** WebSocketResponse id */
                    id?: number;

                    /** WebSocketResponse status */
                    status?: number;

                    /** WebSocketResponse message */
                    message?: string;

                    /** WebSocketResponse headers */
                    headers?: string[];

                    /** WebSocketResponse body */
                    body?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WebSocketResponse. */
                type $Shape = parley.relay.v1.WebSocketResponse.$Properties;
            }
        }
    }

    /** Namespace provisioning. */
    namespace provisioning {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ProvisioningAddress.
             * @deprecated Use parley.provisioning.v1.ProvisioningAddress.$Properties instead.
             */
            interface IProvisioningAddress extends parley.provisioning.v1.ProvisioningAddress.$Properties {
            }

            /** Represents a ProvisioningAddress. */
            class ProvisioningAddress {

                /**
                 * Constructs a new ProvisioningAddress.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.provisioning.v1.ProvisioningAddress.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProvisioningAddress address. */
                address: string;

                /**
                 * Creates a new ProvisioningAddress instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProvisioningAddress instance
                 */
                static create(properties: parley.provisioning.v1.ProvisioningAddress.$Shape): parley.provisioning.v1.ProvisioningAddress & parley.provisioning.v1.ProvisioningAddress.$Shape;
                static create(properties?: parley.provisioning.v1.ProvisioningAddress.$Properties): parley.provisioning.v1.ProvisioningAddress;

                /**
                 * Encodes the specified ProvisioningAddress message. Does not implicitly {@link parley.provisioning.v1.ProvisioningAddress.verify|verify} messages.
                 * @param message ProvisioningAddress message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.provisioning.v1.ProvisioningAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProvisioningAddress message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.provisioning.v1.ProvisioningAddress & parley.provisioning.v1.ProvisioningAddress.$Shape} ProvisioningAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.provisioning.v1.ProvisioningAddress & parley.provisioning.v1.ProvisioningAddress.$Shape;

                /**
                 * Verifies a ProvisioningAddress message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProvisioningAddress message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProvisioningAddress
                 */
                static fromObject(object: { [k: string]: any }): parley.provisioning.v1.ProvisioningAddress;

                /**
                 * Creates a plain object from a ProvisioningAddress message. Also converts values to other types if specified.
                 * @param message ProvisioningAddress
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.provisioning.v1.ProvisioningAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProvisioningAddress to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProvisioningAddress {

                /** Properties of a ProvisioningAddress. */
                interface $Properties {

                    /** ProvisioningAddress address */
                    address?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProvisioningAddress. */
                type $Shape = parley.provisioning.v1.ProvisioningAddress.$Properties;
            }

            /**
             * Properties of a ProvisionEnvelope.
             * @deprecated Use parley.provisioning.v1.ProvisionEnvelope.$Properties instead.
             */
            interface IProvisionEnvelope extends parley.provisioning.v1.ProvisionEnvelope.$Properties {
            }

            /** Represents a ProvisionEnvelope. */
            class ProvisionEnvelope {

                /**
                 * Constructs a new ProvisionEnvelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.provisioning.v1.ProvisionEnvelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProvisionEnvelope publicKey. */
                publicKey: Uint8Array;

                /** ProvisionEnvelope body. */
                body: Uint8Array;

                /**
                 * Creates a new ProvisionEnvelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProvisionEnvelope instance
                 */
                static create(properties: parley.provisioning.v1.ProvisionEnvelope.$Shape): parley.provisioning.v1.ProvisionEnvelope & parley.provisioning.v1.ProvisionEnvelope.$Shape;
                static create(properties?: parley.provisioning.v1.ProvisionEnvelope.$Properties): parley.provisioning.v1.ProvisionEnvelope;

                /**
                 * Encodes the specified ProvisionEnvelope message. Does not implicitly {@link parley.provisioning.v1.ProvisionEnvelope.verify|verify} messages.
                 * @param message ProvisionEnvelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.provisioning.v1.ProvisionEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProvisionEnvelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.provisioning.v1.ProvisionEnvelope & parley.provisioning.v1.ProvisionEnvelope.$Shape} ProvisionEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.provisioning.v1.ProvisionEnvelope & parley.provisioning.v1.ProvisionEnvelope.$Shape;

                /**
                 * Verifies a ProvisionEnvelope message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProvisionEnvelope message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProvisionEnvelope
                 */
                static fromObject(object: { [k: string]: any }): parley.provisioning.v1.ProvisionEnvelope;

                /**
                 * Creates a plain object from a ProvisionEnvelope message. Also converts values to other types if specified.
                 * @param message ProvisionEnvelope
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.provisioning.v1.ProvisionEnvelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProvisionEnvelope to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProvisionEnvelope {

                /** Properties of a ProvisionEnvelope. */
                interface $Properties {

                    /** ProvisionEnvelope publicKey */
                    publicKey?: Uint8Array;

                    /** ProvisionEnvelope body */
                    body?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProvisionEnvelope. */
                type $Shape = parley.provisioning.v1.ProvisionEnvelope.$Properties;
            }

            /**
             * Properties of a ProvisionMessage.
             * @deprecated Use parley.provisioning.v1.ProvisionMessage.$Properties instead.
             */
            interface IProvisionMessage extends parley.provisioning.v1.ProvisionMessage.$Properties {
            }

            /** Represents a ProvisionMessage. */
            class ProvisionMessage {

                /**
                 * Constructs a new ProvisionMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.provisioning.v1.ProvisionMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProvisionMessage identityKeyPublic. */
                identityKeyPublic: Uint8Array;

                /** ProvisionMessage identityKeyPrivate. */
                identityKeyPrivate: Uint8Array;

                /** ProvisionMessage accountId. */
                accountId: string;

                /** ProvisionMessage handle. */
                handle: string;

                /** ProvisionMessage linkToken. */
                linkToken: string;

                /** ProvisionMessage profileKey. */
                profileKey: Uint8Array;

                /** ProvisionMessage provisioningVersion. */
                provisioningVersion: number;

                /** ProvisionMessage userAgent. */
                userAgent: (string|null);

                /** ProvisionMessage history. */
                history: (parley.provisioning.v1.HistoryPointer|null);

                /** ProvisionMessage business. */
                business: (parley.provisioning.v1.ProvisionBusiness|null);

                /**
                 * Creates a new ProvisionMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProvisionMessage instance
                 */
                static create(properties: parley.provisioning.v1.ProvisionMessage.$Shape): parley.provisioning.v1.ProvisionMessage & parley.provisioning.v1.ProvisionMessage.$Shape;
                static create(properties?: parley.provisioning.v1.ProvisionMessage.$Properties): parley.provisioning.v1.ProvisionMessage;

                /**
                 * Encodes the specified ProvisionMessage message. Does not implicitly {@link parley.provisioning.v1.ProvisionMessage.verify|verify} messages.
                 * @param message ProvisionMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.provisioning.v1.ProvisionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProvisionMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.provisioning.v1.ProvisionMessage & parley.provisioning.v1.ProvisionMessage.$Shape} ProvisionMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.provisioning.v1.ProvisionMessage & parley.provisioning.v1.ProvisionMessage.$Shape;

                /**
                 * Verifies a ProvisionMessage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProvisionMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProvisionMessage
                 */
                static fromObject(object: { [k: string]: any }): parley.provisioning.v1.ProvisionMessage;

                /**
                 * Creates a plain object from a ProvisionMessage message. Also converts values to other types if specified.
                 * @param message ProvisionMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.provisioning.v1.ProvisionMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProvisionMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProvisionMessage {

                /** Properties of a ProvisionMessage. */
                interface $Properties {

                    /** ProvisionMessage identityKeyPublic */
                    identityKeyPublic?: Uint8Array;

                    /** ProvisionMessage identityKeyPrivate */
                    identityKeyPrivate?: Uint8Array;

                    /** ProvisionMessage accountId */
                    accountId?: string;

                    /** ProvisionMessage handle */
                    handle?: string;

                    /** ProvisionMessage linkToken */
                    linkToken?: string;

                    /** ProvisionMessage profileKey */
                    profileKey?: Uint8Array;

                    /** ProvisionMessage provisioningVersion */
                    provisioningVersion?: number;

                    /** ProvisionMessage userAgent */
                    userAgent?: (string|null);

                    /** ProvisionMessage history */
                    history?: (parley.provisioning.v1.HistoryPointer.$Properties|null);

                    /** ProvisionMessage business */
                    business?: (parley.provisioning.v1.ProvisionBusiness.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProvisionMessage. */
                type $Shape = parley.provisioning.v1.ProvisionMessage.$Properties;
            }

            /**
             * Properties of a ProvisionBusiness.
             * @deprecated Use parley.provisioning.v1.ProvisionBusiness.$Properties instead.
             */
            interface IProvisionBusiness extends parley.provisioning.v1.ProvisionBusiness.$Properties {
            }

            /** Represents a ProvisionBusiness. */
            class ProvisionBusiness {

                /**
                 * Constructs a new ProvisionBusiness.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.provisioning.v1.ProvisionBusiness.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProvisionBusiness name. */
                name: string;

                /** ProvisionBusiness rootPublicKey. */
                rootPublicKey: string;

                /** ProvisionBusiness roster. */
                roster: Uint8Array;

                /**
                 * Creates a new ProvisionBusiness instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProvisionBusiness instance
                 */
                static create(properties: parley.provisioning.v1.ProvisionBusiness.$Shape): parley.provisioning.v1.ProvisionBusiness & parley.provisioning.v1.ProvisionBusiness.$Shape;
                static create(properties?: parley.provisioning.v1.ProvisionBusiness.$Properties): parley.provisioning.v1.ProvisionBusiness;

                /**
                 * Encodes the specified ProvisionBusiness message. Does not implicitly {@link parley.provisioning.v1.ProvisionBusiness.verify|verify} messages.
                 * @param message ProvisionBusiness message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.provisioning.v1.ProvisionBusiness.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProvisionBusiness message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.provisioning.v1.ProvisionBusiness & parley.provisioning.v1.ProvisionBusiness.$Shape} ProvisionBusiness
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.provisioning.v1.ProvisionBusiness & parley.provisioning.v1.ProvisionBusiness.$Shape;

                /**
                 * Verifies a ProvisionBusiness message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProvisionBusiness message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProvisionBusiness
                 */
                static fromObject(object: { [k: string]: any }): parley.provisioning.v1.ProvisionBusiness;

                /**
                 * Creates a plain object from a ProvisionBusiness message. Also converts values to other types if specified.
                 * @param message ProvisionBusiness
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.provisioning.v1.ProvisionBusiness, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProvisionBusiness to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProvisionBusiness {

                /** Properties of a ProvisionBusiness. */
                interface $Properties {

                    /** ProvisionBusiness name */
                    name?: string;

                    /** ProvisionBusiness rootPublicKey */
                    rootPublicKey?: string;

                    /** ProvisionBusiness roster */
                    roster?: Uint8Array;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProvisionBusiness. */
                type $Shape = parley.provisioning.v1.ProvisionBusiness.$Properties;
            }

            /**
             * Properties of a HistoryPointer.
             * @deprecated Use parley.provisioning.v1.HistoryPointer.$Properties instead.
             */
            interface IHistoryPointer extends parley.provisioning.v1.HistoryPointer.$Properties {
            }

            /** Represents a HistoryPointer. */
            class HistoryPointer {

                /**
                 * Constructs a new HistoryPointer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.provisioning.v1.HistoryPointer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HistoryPointer blobId. */
                blobId: string;

                /** HistoryPointer key. */
                key: Uint8Array;

                /** HistoryPointer digest. */
                digest: Uint8Array;

                /** HistoryPointer plaintextSize. */
                plaintextSize: number;

                /** HistoryPointer ciphertextSize. */
                ciphertextSize: number;

                /** HistoryPointer conversations. */
                conversations: number;

                /** HistoryPointer messages. */
                messages: number;

                /**
                 * Creates a new HistoryPointer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HistoryPointer instance
                 */
                static create(properties: parley.provisioning.v1.HistoryPointer.$Shape): parley.provisioning.v1.HistoryPointer & parley.provisioning.v1.HistoryPointer.$Shape;
                static create(properties?: parley.provisioning.v1.HistoryPointer.$Properties): parley.provisioning.v1.HistoryPointer;

                /**
                 * Encodes the specified HistoryPointer message. Does not implicitly {@link parley.provisioning.v1.HistoryPointer.verify|verify} messages.
                 * @param message HistoryPointer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.provisioning.v1.HistoryPointer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HistoryPointer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.provisioning.v1.HistoryPointer & parley.provisioning.v1.HistoryPointer.$Shape} HistoryPointer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.provisioning.v1.HistoryPointer & parley.provisioning.v1.HistoryPointer.$Shape;

                /**
                 * Verifies a HistoryPointer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HistoryPointer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HistoryPointer
                 */
                static fromObject(object: { [k: string]: any }): parley.provisioning.v1.HistoryPointer;

                /**
                 * Creates a plain object from a HistoryPointer message. Also converts values to other types if specified.
                 * @param message HistoryPointer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.provisioning.v1.HistoryPointer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HistoryPointer to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace HistoryPointer {

                /** Properties of a HistoryPointer. */
                interface $Properties {

                    /** HistoryPointer blobId */
                    blobId?: string;

                    /** HistoryPointer key */
                    key?: Uint8Array;

                    /** HistoryPointer digest */
                    digest?: Uint8Array;

                    /** HistoryPointer plaintextSize */
                    plaintextSize?: number;

                    /** HistoryPointer ciphertextSize */
                    ciphertextSize?: number;

                    /** HistoryPointer conversations */
                    conversations?: number;

                    /** HistoryPointer messages */
                    messages?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HistoryPointer. */
                type $Shape = parley.provisioning.v1.HistoryPointer.$Properties;
            }
        }
    }

    /** Namespace content. */
    namespace content {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Content.
             * @deprecated Use parley.content.v1.Content.$Properties instead.
             */
            interface IContent extends parley.content.v1.Content.$Properties {
            }

            /** Represents a Content. */
            class Content {

                /**
                 * Constructs a new Content.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.Content.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Content dataMessage. */
                dataMessage: (parley.content.v1.DataMessage|null);

                /** Content syncMessage. */
                syncMessage: (parley.content.v1.SyncMessage|null);

                /** Content receiptMessage. */
                receiptMessage: (parley.content.v1.ReceiptMessage|null);

                /** Content typingMessage. */
                typingMessage: (parley.content.v1.TypingMessage|null);

                /** Content editMessage. */
                editMessage: (parley.content.v1.EditMessage|null);

                /** Content decryptionErrorMessage. */
                decryptionErrorMessage: (Uint8Array|null);

                /** Content profile. */
                profile: (parley.content.v1.ProfileMessage|null);

                /**
                 * Creates a new Content instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Content instance
                 */
                static create(properties: parley.content.v1.Content.$Shape): parley.content.v1.Content & parley.content.v1.Content.$Shape;
                static create(properties?: parley.content.v1.Content.$Properties): parley.content.v1.Content;

                /**
                 * Encodes the specified Content message. Does not implicitly {@link parley.content.v1.Content.verify|verify} messages.
                 * @param message Content message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.Content.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Content message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.Content & parley.content.v1.Content.$Shape} Content
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.Content & parley.content.v1.Content.$Shape;

                /**
                 * Verifies a Content message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Content message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Content
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.Content;

                /**
                 * Creates a plain object from a Content message. Also converts values to other types if specified.
                 * @param message Content
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.Content, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Content to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Content {

                /** Properties of a Content. */
                interface $Properties {

                    /** Content dataMessage */
                    dataMessage?: (parley.content.v1.DataMessage.$Properties|null);

                    /** Content syncMessage */
                    syncMessage?: (parley.content.v1.SyncMessage.$Properties|null);

                    /** Content receiptMessage */
                    receiptMessage?: (parley.content.v1.ReceiptMessage.$Properties|null);

                    /** Content typingMessage */
                    typingMessage?: (parley.content.v1.TypingMessage.$Properties|null);

                    /** Content editMessage */
                    editMessage?: (parley.content.v1.EditMessage.$Properties|null);

                    /** Content decryptionErrorMessage */
                    decryptionErrorMessage?: (Uint8Array|null);

                    /** Content profile */
                    profile?: (parley.content.v1.ProfileMessage.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Content. */
                type $Shape = parley.content.v1.Content.$Properties;
            }

            /**
             * Properties of a ProfileMessage.
             * @deprecated Use parley.content.v1.ProfileMessage.$Properties instead.
             */
            interface IProfileMessage extends parley.content.v1.ProfileMessage.$Properties {
            }

            /** Represents a ProfileMessage. */
            class ProfileMessage {

                /**
                 * Constructs a new ProfileMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.ProfileMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProfileMessage name. */
                name: string;

                /** ProfileMessage avatarDataUrl. */
                avatarDataUrl: (string|null);

                /** ProfileMessage timestamp. */
                timestamp: number;

                /**
                 * Creates a new ProfileMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProfileMessage instance
                 */
                static create(properties: parley.content.v1.ProfileMessage.$Shape): parley.content.v1.ProfileMessage & parley.content.v1.ProfileMessage.$Shape;
                static create(properties?: parley.content.v1.ProfileMessage.$Properties): parley.content.v1.ProfileMessage;

                /**
                 * Encodes the specified ProfileMessage message. Does not implicitly {@link parley.content.v1.ProfileMessage.verify|verify} messages.
                 * @param message ProfileMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.ProfileMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProfileMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.ProfileMessage & parley.content.v1.ProfileMessage.$Shape} ProfileMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.ProfileMessage & parley.content.v1.ProfileMessage.$Shape;

                /**
                 * Verifies a ProfileMessage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProfileMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProfileMessage
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.ProfileMessage;

                /**
                 * Creates a plain object from a ProfileMessage message. Also converts values to other types if specified.
                 * @param message ProfileMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.ProfileMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProfileMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProfileMessage {

                /** Properties of a ProfileMessage. */
                interface $Properties {

                    /** ProfileMessage name */
                    name?: string;

                    /** ProfileMessage avatarDataUrl */
                    avatarDataUrl?: (string|null);

                    /** ProfileMessage timestamp */
                    timestamp?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProfileMessage. */
                type $Shape = parley.content.v1.ProfileMessage.$Properties;
            }

            /**
             * Properties of an AttachmentPointer.
             * @deprecated Use parley.content.v1.AttachmentPointer.$Properties instead.
             */
            interface IAttachmentPointer extends parley.content.v1.AttachmentPointer.$Properties {
            }

            /** Represents an AttachmentPointer. */
            class AttachmentPointer {

                /**
                 * Constructs a new AttachmentPointer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.AttachmentPointer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttachmentPointer blobId. */
                blobId: string;

                /** AttachmentPointer key. */
                key: Uint8Array;

                /** AttachmentPointer digest. */
                digest: Uint8Array;

                /** AttachmentPointer size. */
                size: number;

                /** AttachmentPointer contentType. */
                contentType: string;

                /** AttachmentPointer fileName. */
                fileName: (string|null);

                /** AttachmentPointer width. */
                width: (number|null);

                /** AttachmentPointer height. */
                height: (number|null);

                /** AttachmentPointer durationMs. */
                durationMs: (number|null);

                /** AttachmentPointer voiceNote. */
                voiceNote: boolean;

                /**
                 * Creates a new AttachmentPointer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttachmentPointer instance
                 */
                static create(properties: parley.content.v1.AttachmentPointer.$Shape): parley.content.v1.AttachmentPointer & parley.content.v1.AttachmentPointer.$Shape;
                static create(properties?: parley.content.v1.AttachmentPointer.$Properties): parley.content.v1.AttachmentPointer;

                /**
                 * Encodes the specified AttachmentPointer message. Does not implicitly {@link parley.content.v1.AttachmentPointer.verify|verify} messages.
                 * @param message AttachmentPointer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.AttachmentPointer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttachmentPointer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.AttachmentPointer & parley.content.v1.AttachmentPointer.$Shape} AttachmentPointer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.AttachmentPointer & parley.content.v1.AttachmentPointer.$Shape;

                /**
                 * Verifies an AttachmentPointer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttachmentPointer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttachmentPointer
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.AttachmentPointer;

                /**
                 * Creates a plain object from an AttachmentPointer message. Also converts values to other types if specified.
                 * @param message AttachmentPointer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.AttachmentPointer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttachmentPointer to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace AttachmentPointer {

                /** Properties of an AttachmentPointer. */
                interface $Properties {

                    /** AttachmentPointer blobId */
                    blobId?: string;

                    /** AttachmentPointer key */
                    key?: Uint8Array;

                    /** AttachmentPointer digest */
                    digest?: Uint8Array;

                    /** AttachmentPointer size */
                    size?: number;

                    /** AttachmentPointer contentType */
                    contentType?: string;

                    /** AttachmentPointer fileName */
                    fileName?: (string|null);

                    /** AttachmentPointer width */
                    width?: (number|null);

                    /** AttachmentPointer height */
                    height?: (number|null);

                    /** AttachmentPointer durationMs */
                    durationMs?: (number|null);

                    /** AttachmentPointer voiceNote */
                    voiceNote?: boolean;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttachmentPointer. */
                type $Shape = parley.content.v1.AttachmentPointer.$Properties;
            }

            /**
             * Properties of a Quote.
             * @deprecated Use parley.content.v1.Quote.$Properties instead.
             */
            interface IQuote extends parley.content.v1.Quote.$Properties {
            }

            /** Represents a Quote. */
            class Quote {

                /**
                 * Constructs a new Quote.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.Quote.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Quote targetSentTimestamp. */
                targetSentTimestamp: number;

                /** Quote targetAuthorAccountId. */
                targetAuthorAccountId: string;

                /** Quote text. */
                text: string;

                /**
                 * Creates a new Quote instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Quote instance
                 */
                static create(properties: parley.content.v1.Quote.$Shape): parley.content.v1.Quote & parley.content.v1.Quote.$Shape;
                static create(properties?: parley.content.v1.Quote.$Properties): parley.content.v1.Quote;

                /**
                 * Encodes the specified Quote message. Does not implicitly {@link parley.content.v1.Quote.verify|verify} messages.
                 * @param message Quote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.Quote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Quote message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.Quote & parley.content.v1.Quote.$Shape} Quote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.Quote & parley.content.v1.Quote.$Shape;

                /**
                 * Verifies a Quote message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Quote message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Quote
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.Quote;

                /**
                 * Creates a plain object from a Quote message. Also converts values to other types if specified.
                 * @param message Quote
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.Quote, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Quote to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Quote {

                /** Properties of a Quote. */
                interface $Properties {

                    /** Quote targetSentTimestamp */
                    targetSentTimestamp?: number;

                    /** Quote targetAuthorAccountId */
                    targetAuthorAccountId?: string;

                    /** Quote text */
                    text?: string;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Quote. */
                type $Shape = parley.content.v1.Quote.$Properties;
            }

            /**
             * Properties of a Reaction.
             * @deprecated Use parley.content.v1.Reaction.$Properties instead.
             */
            interface IReaction extends parley.content.v1.Reaction.$Properties {
            }

            /** Represents a Reaction. */
            class Reaction {

                /**
                 * Constructs a new Reaction.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.Reaction.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Reaction emoji. */
                emoji: string;

                /** Reaction remove. */
                remove: boolean;

                /** Reaction targetAuthorAccountId. */
                targetAuthorAccountId: string;

                /** Reaction targetSentTimestamp. */
                targetSentTimestamp: number;

                /**
                 * Creates a new Reaction instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Reaction instance
                 */
                static create(properties: parley.content.v1.Reaction.$Shape): parley.content.v1.Reaction & parley.content.v1.Reaction.$Shape;
                static create(properties?: parley.content.v1.Reaction.$Properties): parley.content.v1.Reaction;

                /**
                 * Encodes the specified Reaction message. Does not implicitly {@link parley.content.v1.Reaction.verify|verify} messages.
                 * @param message Reaction message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.Reaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Reaction message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.Reaction & parley.content.v1.Reaction.$Shape} Reaction
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.Reaction & parley.content.v1.Reaction.$Shape;

                /**
                 * Verifies a Reaction message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Reaction message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Reaction
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.Reaction;

                /**
                 * Creates a plain object from a Reaction message. Also converts values to other types if specified.
                 * @param message Reaction
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.Reaction, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Reaction to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Reaction {

                /** Properties of a Reaction. */
                interface $Properties {

                    /** Reaction emoji */
                    emoji?: string;

                    /** Reaction remove */
                    remove?: boolean;

                    /** Reaction targetAuthorAccountId */
                    targetAuthorAccountId?: string;

                    /** Reaction targetSentTimestamp */
                    targetSentTimestamp?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Reaction. */
                type $Shape = parley.content.v1.Reaction.$Properties;
            }

            /**
             * Properties of a DataMessage.
             * @deprecated Use parley.content.v1.DataMessage.$Properties instead.
             */
            interface IDataMessage extends parley.content.v1.DataMessage.$Properties {
            }

            /** Represents a DataMessage. */
            class DataMessage {

                /**
                 * Constructs a new DataMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.DataMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DataMessage body. */
                body: (string|null);

                /** DataMessage attachments. */
                attachments: parley.content.v1.AttachmentPointer[];

                /** DataMessage timestamp. */
                timestamp: number;

                /** DataMessage profileKey. */
                profileKey: (Uint8Array|null);

                /** DataMessage quote. */
                quote: (parley.content.v1.Quote|null);

                /** DataMessage reaction. */
                reaction: (parley.content.v1.Reaction|null);

                /** DataMessage deleteTargetSentTimestamp. */
                deleteTargetSentTimestamp: (number|null);

                /** DataMessage senderHandle. */
                senderHandle: (string|null);

                /**
                 * Creates a new DataMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DataMessage instance
                 */
                static create(properties: parley.content.v1.DataMessage.$Shape): parley.content.v1.DataMessage & parley.content.v1.DataMessage.$Shape;
                static create(properties?: parley.content.v1.DataMessage.$Properties): parley.content.v1.DataMessage;

                /**
                 * Encodes the specified DataMessage message. Does not implicitly {@link parley.content.v1.DataMessage.verify|verify} messages.
                 * @param message DataMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.DataMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DataMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.DataMessage & parley.content.v1.DataMessage.$Shape} DataMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.DataMessage & parley.content.v1.DataMessage.$Shape;

                /**
                 * Verifies a DataMessage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DataMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DataMessage
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.DataMessage;

                /**
                 * Creates a plain object from a DataMessage message. Also converts values to other types if specified.
                 * @param message DataMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.DataMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DataMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DataMessage {

                /** Properties of a DataMessage. */
                interface $Properties {

                    /** DataMessage body */
                    body?: (string|null);

                    /** DataMessage attachments */
                    attachments?: parley.content.v1.AttachmentPointer.$Properties[];

                    /** DataMessage timestamp */
                    timestamp?: number;

                    /** DataMessage profileKey */
                    profileKey?: (Uint8Array|null);

                    /** DataMessage quote */
                    quote?: (parley.content.v1.Quote.$Properties|null);

                    /** DataMessage reaction */
                    reaction?: (parley.content.v1.Reaction.$Properties|null);

                    /** DataMessage deleteTargetSentTimestamp */
                    deleteTargetSentTimestamp?: (number|null);

                    /** DataMessage senderHandle */
                    senderHandle?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DataMessage. */
                type $Shape = parley.content.v1.DataMessage.$Properties;
            }

            /**
             * Properties of an EditMessage.
             * @deprecated Use parley.content.v1.EditMessage.$Properties instead.
             */
            interface IEditMessage extends parley.content.v1.EditMessage.$Properties {
            }

            /** Represents an EditMessage. */
            class EditMessage {

                /**
                 * Constructs a new EditMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.EditMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EditMessage targetSentTimestamp. */
                targetSentTimestamp: number;

                /** EditMessage dataMessage. */
                dataMessage: parley.content.v1.DataMessage;

                /**
                 * Creates a new EditMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EditMessage instance
                 */
                static create(properties: parley.content.v1.EditMessage.$Shape): parley.content.v1.EditMessage & parley.content.v1.EditMessage.$Shape;
                static create(properties?: parley.content.v1.EditMessage.$Properties): parley.content.v1.EditMessage;

                /**
                 * Encodes the specified EditMessage message. Does not implicitly {@link parley.content.v1.EditMessage.verify|verify} messages.
                 * @param message EditMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.EditMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EditMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.EditMessage & parley.content.v1.EditMessage.$Shape} EditMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.EditMessage & parley.content.v1.EditMessage.$Shape;

                /**
                 * Verifies an EditMessage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EditMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EditMessage
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.EditMessage;

                /**
                 * Creates a plain object from an EditMessage message. Also converts values to other types if specified.
                 * @param message EditMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.EditMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EditMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EditMessage {

                /** Properties of an EditMessage. */
                interface $Properties {

                    /** EditMessage targetSentTimestamp */
                    targetSentTimestamp?: number;

                    /** EditMessage dataMessage */
                    dataMessage?: parley.content.v1.DataMessage.$Properties;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EditMessage. */
                type $Shape = parley.content.v1.EditMessage.$Properties;
            }

            /**
             * Properties of a ReceiptMessage.
             * @deprecated Use parley.content.v1.ReceiptMessage.$Properties instead.
             */
            interface IReceiptMessage extends parley.content.v1.ReceiptMessage.$Properties {
            }

            /** Represents a ReceiptMessage. */
            class ReceiptMessage {

                /**
                 * Constructs a new ReceiptMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.ReceiptMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReceiptMessage type. */
                type: parley.content.v1.ReceiptMessage.Type;

                /** ReceiptMessage timestamps. */
                timestamps: number[];

                /**
                 * Creates a new ReceiptMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReceiptMessage instance
                 */
                static create(properties: parley.content.v1.ReceiptMessage.$Shape): parley.content.v1.ReceiptMessage & parley.content.v1.ReceiptMessage.$Shape;
                static create(properties?: parley.content.v1.ReceiptMessage.$Properties): parley.content.v1.ReceiptMessage;

                /**
                 * Encodes the specified ReceiptMessage message. Does not implicitly {@link parley.content.v1.ReceiptMessage.verify|verify} messages.
                 * @param message ReceiptMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.ReceiptMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReceiptMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.ReceiptMessage & parley.content.v1.ReceiptMessage.$Shape} ReceiptMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.ReceiptMessage & parley.content.v1.ReceiptMessage.$Shape;

                /**
                 * Verifies a ReceiptMessage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReceiptMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReceiptMessage
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.ReceiptMessage;

                /**
                 * Creates a plain object from a ReceiptMessage message. Also converts values to other types if specified.
                 * @param message ReceiptMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.ReceiptMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReceiptMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ReceiptMessage {

                /** Properties of a ReceiptMessage. */
                interface $Properties {

                    /** ReceiptMessage type */
                    type?: parley.content.v1.ReceiptMessage.Type;

                    /** ReceiptMessage timestamps */
                    timestamps?: number[];

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReceiptMessage. */
                type $Shape = parley.content.v1.ReceiptMessage.$Properties;

                /** Type enum. */
                enum Type {

                    /** DELIVERY value */
                    DELIVERY = 0,

                    /** READ value */
                    READ = 1,

                    /** VIEWED value */
                    VIEWED = 2
                }
            }

            /**
             * Properties of a TypingMessage.
             * @deprecated Use parley.content.v1.TypingMessage.$Properties instead.
             */
            interface ITypingMessage extends parley.content.v1.TypingMessage.$Properties {
            }

            /** Represents a TypingMessage. */
            class TypingMessage {

                /**
                 * Constructs a new TypingMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.TypingMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TypingMessage timestamp. */
                timestamp: number;

                /** TypingMessage action. */
                action: parley.content.v1.TypingMessage.Action;

                /**
                 * Creates a new TypingMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TypingMessage instance
                 */
                static create(properties: parley.content.v1.TypingMessage.$Shape): parley.content.v1.TypingMessage & parley.content.v1.TypingMessage.$Shape;
                static create(properties?: parley.content.v1.TypingMessage.$Properties): parley.content.v1.TypingMessage;

                /**
                 * Encodes the specified TypingMessage message. Does not implicitly {@link parley.content.v1.TypingMessage.verify|verify} messages.
                 * @param message TypingMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.TypingMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TypingMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.TypingMessage & parley.content.v1.TypingMessage.$Shape} TypingMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.TypingMessage & parley.content.v1.TypingMessage.$Shape;

                /**
                 * Verifies a TypingMessage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TypingMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TypingMessage
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.TypingMessage;

                /**
                 * Creates a plain object from a TypingMessage message. Also converts values to other types if specified.
                 * @param message TypingMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.TypingMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TypingMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TypingMessage {

                /** Properties of a TypingMessage. */
                interface $Properties {

                    /** TypingMessage timestamp */
                    timestamp?: number;

                    /** TypingMessage action */
                    action?: parley.content.v1.TypingMessage.Action;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TypingMessage. */
                type $Shape = parley.content.v1.TypingMessage.$Properties;

                /** Action enum. */
                enum Action {

                    /** STARTED value */
                    STARTED = 0,

                    /** STOPPED value */
                    STOPPED = 1
                }
            }

            /**
             * Properties of a SyncMessage.
             * @deprecated Use parley.content.v1.SyncMessage.$Properties instead.
             */
            interface ISyncMessage extends parley.content.v1.SyncMessage.$Properties {
            }

            /** Represents a SyncMessage. */
            class SyncMessage {

                /**
                 * Constructs a new SyncMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.SyncMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SyncMessage sent. */
                sent: (parley.content.v1.SyncMessage.Sent|null);

                /** SyncMessage read. */
                read: parley.content.v1.SyncMessage.Read[];

                /** SyncMessage history. */
                history: (parley.content.v1.SyncMessage.History|null);

                /** SyncMessage deleteForMe. */
                deleteForMe: parley.content.v1.SyncMessage.DeleteForMe[];

                /** SyncMessage verified. */
                verified: (parley.content.v1.SyncMessage.Verified|null);

                /** SyncMessage console. */
                console: (parley.content.v1.SyncMessage.Console|null);

                /**
                 * Creates a new SyncMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SyncMessage instance
                 */
                static create(properties: parley.content.v1.SyncMessage.$Shape): parley.content.v1.SyncMessage & parley.content.v1.SyncMessage.$Shape;
                static create(properties?: parley.content.v1.SyncMessage.$Properties): parley.content.v1.SyncMessage;

                /**
                 * Encodes the specified SyncMessage message. Does not implicitly {@link parley.content.v1.SyncMessage.verify|verify} messages.
                 * @param message SyncMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.SyncMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SyncMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.SyncMessage & parley.content.v1.SyncMessage.$Shape} SyncMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.SyncMessage & parley.content.v1.SyncMessage.$Shape;

                /**
                 * Verifies a SyncMessage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SyncMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SyncMessage
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.SyncMessage;

                /**
                 * Creates a plain object from a SyncMessage message. Also converts values to other types if specified.
                 * @param message SyncMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.SyncMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SyncMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SyncMessage {

                /** Properties of a SyncMessage. */
                interface $Properties {

                    /** SyncMessage sent */
                    sent?: (parley.content.v1.SyncMessage.Sent.$Properties|null);

                    /** SyncMessage read */
                    read?: parley.content.v1.SyncMessage.Read.$Properties[];

                    /** SyncMessage history */
                    history?: (parley.content.v1.SyncMessage.History.$Properties|null);

                    /** SyncMessage deleteForMe */
                    deleteForMe?: parley.content.v1.SyncMessage.DeleteForMe.$Properties[];

                    /** SyncMessage verified */
                    verified?: (parley.content.v1.SyncMessage.Verified.$Properties|null);

                    /** SyncMessage console */
                    console?: (parley.content.v1.SyncMessage.Console.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SyncMessage. */
                type $Shape = parley.content.v1.SyncMessage.$Properties;

                /**
                 * Properties of a Sent.
                 * @deprecated Use parley.content.v1.SyncMessage.Sent.$Properties instead.
                 */
                interface ISent extends parley.content.v1.SyncMessage.Sent.$Properties {
                }

                /** Represents a Sent. */
                class Sent {

                    /**
                     * Constructs a new Sent.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.SyncMessage.Sent.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Sent destinationAccountId. */
                    destinationAccountId: string;

                    /** Sent timestamp. */
                    timestamp: number;

                    /** Sent message. */
                    message: (parley.content.v1.DataMessage|null);

                    /** Sent editMessage. */
                    editMessage: (parley.content.v1.EditMessage|null);

                    /** Sent unidentifiedStatus. */
                    unidentifiedStatus: parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus[];

                    /** Sent destinationHandle. */
                    destinationHandle: (string|null);

                    /**
                     * Creates a new Sent instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Sent instance
                     */
                    static create(properties: parley.content.v1.SyncMessage.Sent.$Shape): parley.content.v1.SyncMessage.Sent & parley.content.v1.SyncMessage.Sent.$Shape;
                    static create(properties?: parley.content.v1.SyncMessage.Sent.$Properties): parley.content.v1.SyncMessage.Sent;

                    /**
                     * Encodes the specified Sent message. Does not implicitly {@link parley.content.v1.SyncMessage.Sent.verify|verify} messages.
                     * @param message Sent message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.SyncMessage.Sent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Sent message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.Sent & parley.content.v1.SyncMessage.Sent.$Shape} Sent
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.SyncMessage.Sent & parley.content.v1.SyncMessage.Sent.$Shape;

                    /**
                     * Verifies a Sent message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Sent message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Sent
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.SyncMessage.Sent;

                    /**
                     * Creates a plain object from a Sent message. Also converts values to other types if specified.
                     * @param message Sent
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.SyncMessage.Sent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Sent to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Sent {

                    /** Properties of a Sent. */
                    interface $Properties {

                        /** Sent destinationAccountId */
                        destinationAccountId?: string;

                        /** Sent timestamp */
                        timestamp?: number;

                        /** Sent message */
                        message?: (parley.content.v1.DataMessage.$Properties|null);

                        /** Sent editMessage */
                        editMessage?: (parley.content.v1.EditMessage.$Properties|null);

                        /** Sent unidentifiedStatus */
                        unidentifiedStatus?: parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties[];

                        /** Sent destinationHandle */
                        destinationHandle?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Sent. */
                    type $Shape = parley.content.v1.SyncMessage.Sent.$Properties;

                    /**
                     * Properties of an UnidentifiedDeliveryStatus.
                     * @deprecated Use parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties instead.
                     */
                    interface IUnidentifiedDeliveryStatus extends parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties {
                    }

                    /** Represents an UnidentifiedDeliveryStatus. */
                    class UnidentifiedDeliveryStatus {

                        /**
                         * Constructs a new UnidentifiedDeliveryStatus.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** UnidentifiedDeliveryStatus destinationAccountId. */
                        destinationAccountId: string;

                        /** UnidentifiedDeliveryStatus unidentified. */
                        unidentified: boolean;

                        /**
                         * Creates a new UnidentifiedDeliveryStatus instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns UnidentifiedDeliveryStatus instance
                         */
                        static create(properties: parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Shape): parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus & parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Shape;
                        static create(properties?: parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties): parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus;

                        /**
                         * Encodes the specified UnidentifiedDeliveryStatus message. Does not implicitly {@link parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.verify|verify} messages.
                         * @param message UnidentifiedDeliveryStatus message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an UnidentifiedDeliveryStatus message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus & parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Shape} UnidentifiedDeliveryStatus
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus & parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Shape;

                        /**
                         * Verifies an UnidentifiedDeliveryStatus message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates an UnidentifiedDeliveryStatus message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns UnidentifiedDeliveryStatus
                         */
                        static fromObject(object: { [k: string]: any }): parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus;

                        /**
                         * Creates a plain object from an UnidentifiedDeliveryStatus message. Also converts values to other types if specified.
                         * @param message UnidentifiedDeliveryStatus
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this UnidentifiedDeliveryStatus to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace UnidentifiedDeliveryStatus {

                        /** Properties of an UnidentifiedDeliveryStatus. */
                        interface $Properties {

                            /** UnidentifiedDeliveryStatus destinationAccountId */
                            destinationAccountId?: string;

                            /** UnidentifiedDeliveryStatus unidentified */
                            unidentified?: boolean;

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an UnidentifiedDeliveryStatus. */
                        type $Shape = parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties;
                    }
                }

                /**
                 * Properties of a Read.
                 * @deprecated Use parley.content.v1.SyncMessage.Read.$Properties instead.
                 */
                interface IRead extends parley.content.v1.SyncMessage.Read.$Properties {
                }

                /** Represents a Read. */
                class Read {

                    /**
                     * Constructs a new Read.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.SyncMessage.Read.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Read senderAccountId. */
                    senderAccountId: string;

                    /** Read timestamp. */
                    timestamp: number;

                    /**
                     * Creates a new Read instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Read instance
                     */
                    static create(properties: parley.content.v1.SyncMessage.Read.$Shape): parley.content.v1.SyncMessage.Read & parley.content.v1.SyncMessage.Read.$Shape;
                    static create(properties?: parley.content.v1.SyncMessage.Read.$Properties): parley.content.v1.SyncMessage.Read;

                    /**
                     * Encodes the specified Read message. Does not implicitly {@link parley.content.v1.SyncMessage.Read.verify|verify} messages.
                     * @param message Read message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.SyncMessage.Read.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Read message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.Read & parley.content.v1.SyncMessage.Read.$Shape} Read
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.SyncMessage.Read & parley.content.v1.SyncMessage.Read.$Shape;

                    /**
                     * Verifies a Read message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Read message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Read
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.SyncMessage.Read;

                    /**
                     * Creates a plain object from a Read message. Also converts values to other types if specified.
                     * @param message Read
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.SyncMessage.Read, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Read to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Read {

                    /** Properties of a Read. */
                    interface $Properties {

                        /** Read senderAccountId */
                        senderAccountId?: string;

                        /** Read timestamp */
                        timestamp?: number;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Read. */
                    type $Shape = parley.content.v1.SyncMessage.Read.$Properties;
                }

                /**
                 * Properties of a History.
                 * @deprecated Use parley.content.v1.SyncMessage.History.$Properties instead.
                 */
                interface IHistory extends parley.content.v1.SyncMessage.History.$Properties {
                }

                /** Represents a History. */
                class History {

                    /**
                     * Constructs a new History.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.SyncMessage.History.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** History bundle. */
                    bundle: parley.content.v1.AttachmentPointer;

                    /** History conversations. */
                    conversations: number;

                    /** History messages. */
                    messages: number;

                    /**
                     * Creates a new History instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns History instance
                     */
                    static create(properties: parley.content.v1.SyncMessage.History.$Shape): parley.content.v1.SyncMessage.History & parley.content.v1.SyncMessage.History.$Shape;
                    static create(properties?: parley.content.v1.SyncMessage.History.$Properties): parley.content.v1.SyncMessage.History;

                    /**
                     * Encodes the specified History message. Does not implicitly {@link parley.content.v1.SyncMessage.History.verify|verify} messages.
                     * @param message History message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.SyncMessage.History.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a History message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.History & parley.content.v1.SyncMessage.History.$Shape} History
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.SyncMessage.History & parley.content.v1.SyncMessage.History.$Shape;

                    /**
                     * Verifies a History message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a History message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns History
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.SyncMessage.History;

                    /**
                     * Creates a plain object from a History message. Also converts values to other types if specified.
                     * @param message History
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.SyncMessage.History, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this History to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace History {

                    /** Properties of a History. */
                    interface $Properties {

                        /** History bundle */
                        bundle?: parley.content.v1.AttachmentPointer.$Properties;

                        /** History conversations */
                        conversations?: number;

                        /** History messages */
                        messages?: number;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a History. */
                    type $Shape = parley.content.v1.SyncMessage.History.$Properties;
                }

                /**
                 * Properties of a DeleteForMe.
                 * @deprecated Use parley.content.v1.SyncMessage.DeleteForMe.$Properties instead.
                 */
                interface IDeleteForMe extends parley.content.v1.SyncMessage.DeleteForMe.$Properties {
                }

                /** Represents a DeleteForMe. */
                class DeleteForMe {

                    /**
                     * Constructs a new DeleteForMe.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.SyncMessage.DeleteForMe.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** DeleteForMe targetAuthorAccountId. */
                    targetAuthorAccountId: string;

                    /** DeleteForMe targetSentTimestamp. */
                    targetSentTimestamp: number;

                    /**
                     * Creates a new DeleteForMe instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeleteForMe instance
                     */
                    static create(properties: parley.content.v1.SyncMessage.DeleteForMe.$Shape): parley.content.v1.SyncMessage.DeleteForMe & parley.content.v1.SyncMessage.DeleteForMe.$Shape;
                    static create(properties?: parley.content.v1.SyncMessage.DeleteForMe.$Properties): parley.content.v1.SyncMessage.DeleteForMe;

                    /**
                     * Encodes the specified DeleteForMe message. Does not implicitly {@link parley.content.v1.SyncMessage.DeleteForMe.verify|verify} messages.
                     * @param message DeleteForMe message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.SyncMessage.DeleteForMe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeleteForMe message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.DeleteForMe & parley.content.v1.SyncMessage.DeleteForMe.$Shape} DeleteForMe
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.SyncMessage.DeleteForMe & parley.content.v1.SyncMessage.DeleteForMe.$Shape;

                    /**
                     * Verifies a DeleteForMe message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a DeleteForMe message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns DeleteForMe
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.SyncMessage.DeleteForMe;

                    /**
                     * Creates a plain object from a DeleteForMe message. Also converts values to other types if specified.
                     * @param message DeleteForMe
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.SyncMessage.DeleteForMe, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this DeleteForMe to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace DeleteForMe {

                    /** Properties of a DeleteForMe. */
                    interface $Properties {

                        /** DeleteForMe targetAuthorAccountId */
                        targetAuthorAccountId?: string;

                        /** DeleteForMe targetSentTimestamp */
                        targetSentTimestamp?: number;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a DeleteForMe. */
                    type $Shape = parley.content.v1.SyncMessage.DeleteForMe.$Properties;
                }

                /**
                 * Properties of a Verified.
                 * @deprecated Use parley.content.v1.SyncMessage.Verified.$Properties instead.
                 */
                interface IVerified extends parley.content.v1.SyncMessage.Verified.$Properties {
                }

                /** Represents a Verified. */
                class Verified {

                    /**
                     * Constructs a new Verified.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.SyncMessage.Verified.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Verified accountId. */
                    accountId: string;

                    /** Verified identityKey. */
                    identityKey: Uint8Array;

                    /** Verified state. */
                    state: parley.content.v1.SyncMessage.Verified.State;

                    /**
                     * Creates a new Verified instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Verified instance
                     */
                    static create(properties: parley.content.v1.SyncMessage.Verified.$Shape): parley.content.v1.SyncMessage.Verified & parley.content.v1.SyncMessage.Verified.$Shape;
                    static create(properties?: parley.content.v1.SyncMessage.Verified.$Properties): parley.content.v1.SyncMessage.Verified;

                    /**
                     * Encodes the specified Verified message. Does not implicitly {@link parley.content.v1.SyncMessage.Verified.verify|verify} messages.
                     * @param message Verified message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.SyncMessage.Verified.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Verified message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.Verified & parley.content.v1.SyncMessage.Verified.$Shape} Verified
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.SyncMessage.Verified & parley.content.v1.SyncMessage.Verified.$Shape;

                    /**
                     * Verifies a Verified message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Verified message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Verified
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.SyncMessage.Verified;

                    /**
                     * Creates a plain object from a Verified message. Also converts values to other types if specified.
                     * @param message Verified
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.SyncMessage.Verified, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Verified to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Verified {

                    /** Properties of a Verified. */
                    interface $Properties {

                        /** Verified accountId */
                        accountId?: string;

                        /** Verified identityKey */
                        identityKey?: Uint8Array;

                        /** Verified state */
                        state?: parley.content.v1.SyncMessage.Verified.State;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Verified. */
                    type $Shape = parley.content.v1.SyncMessage.Verified.$Properties;

                    /** State enum. */
                    enum State {

                        /** DEFAULT value */
                        DEFAULT = 0,

                        /** VERIFIED value */
                        VERIFIED = 1,

                        /** UNVERIFIED value */
                        UNVERIFIED = 2
                    }
                }

                /**
                 * Properties of a Console.
                 * @deprecated Use parley.content.v1.SyncMessage.Console.$Properties instead.
                 */
                interface IConsole extends parley.content.v1.SyncMessage.Console.$Properties {
                }

                /** Represents a Console. */
                class Console {

                    /**
                     * Constructs a new Console.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.SyncMessage.Console.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Console payload. */
                    payload: Uint8Array;

                    /**
                     * Creates a new Console instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Console instance
                     */
                    static create(properties: parley.content.v1.SyncMessage.Console.$Shape): parley.content.v1.SyncMessage.Console & parley.content.v1.SyncMessage.Console.$Shape;
                    static create(properties?: parley.content.v1.SyncMessage.Console.$Properties): parley.content.v1.SyncMessage.Console;

                    /**
                     * Encodes the specified Console message. Does not implicitly {@link parley.content.v1.SyncMessage.Console.verify|verify} messages.
                     * @param message Console message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.SyncMessage.Console.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Console message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.Console & parley.content.v1.SyncMessage.Console.$Shape} Console
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.SyncMessage.Console & parley.content.v1.SyncMessage.Console.$Shape;

                    /**
                     * Verifies a Console message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Console message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Console
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.SyncMessage.Console;

                    /**
                     * Creates a plain object from a Console message. Also converts values to other types if specified.
                     * @param message Console
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.SyncMessage.Console, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Console to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Console {

                    /** Properties of a Console. */
                    interface $Properties {

                        /** Console payload */
                        payload?: Uint8Array;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Console. */
                    type $Shape = parley.content.v1.SyncMessage.Console.$Properties;
                }
            }

            /**
             * Properties of a HistoryBundle.
             * @deprecated Use parley.content.v1.HistoryBundle.$Properties instead.
             */
            interface IHistoryBundle extends parley.content.v1.HistoryBundle.$Properties {
            }

            /** Represents a HistoryBundle. */
            class HistoryBundle {

                /**
                 * Constructs a new HistoryBundle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: parley.content.v1.HistoryBundle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HistoryBundle conversations. */
                conversations: parley.content.v1.HistoryBundle.Conversation[];

                /** HistoryBundle version. */
                version: number;

                /** HistoryBundle ownProfile. */
                ownProfile: (parley.content.v1.ProfileMessage|null);

                /** HistoryBundle mediaKey. */
                mediaKey: (Uint8Array|null);

                /** HistoryBundle mediaFiles. */
                mediaFiles: number;

                /**
                 * Creates a new HistoryBundle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HistoryBundle instance
                 */
                static create(properties: parley.content.v1.HistoryBundle.$Shape): parley.content.v1.HistoryBundle & parley.content.v1.HistoryBundle.$Shape;
                static create(properties?: parley.content.v1.HistoryBundle.$Properties): parley.content.v1.HistoryBundle;

                /**
                 * Encodes the specified HistoryBundle message. Does not implicitly {@link parley.content.v1.HistoryBundle.verify|verify} messages.
                 * @param message HistoryBundle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: parley.content.v1.HistoryBundle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HistoryBundle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {parley.content.v1.HistoryBundle & parley.content.v1.HistoryBundle.$Shape} HistoryBundle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HistoryBundle & parley.content.v1.HistoryBundle.$Shape;

                /**
                 * Verifies a HistoryBundle message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HistoryBundle message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HistoryBundle
                 */
                static fromObject(object: { [k: string]: any }): parley.content.v1.HistoryBundle;

                /**
                 * Creates a plain object from a HistoryBundle message. Also converts values to other types if specified.
                 * @param message HistoryBundle
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: parley.content.v1.HistoryBundle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HistoryBundle to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace HistoryBundle {

                /** Properties of a HistoryBundle. */
                interface $Properties {

                    /** HistoryBundle conversations */
                    conversations?: parley.content.v1.HistoryBundle.Conversation.$Properties[];

                    /** HistoryBundle version */
                    version?: number;

                    /** HistoryBundle ownProfile */
                    ownProfile?: (parley.content.v1.ProfileMessage.$Properties|null);

                    /** HistoryBundle mediaKey */
                    mediaKey?: (Uint8Array|null);

                    /** HistoryBundle mediaFiles */
                    mediaFiles?: number;

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HistoryBundle. */
                type $Shape = parley.content.v1.HistoryBundle.$Properties;

                /**
                 * Properties of a Reaction.
                 * @deprecated Use parley.content.v1.HistoryBundle.Reaction.$Properties instead.
                 */
                interface IReaction extends parley.content.v1.HistoryBundle.Reaction.$Properties {
                }

                /** Represents a Reaction. */
                class Reaction {

                    /**
                     * Constructs a new Reaction.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.HistoryBundle.Reaction.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Reaction reactorAccountId. */
                    reactorAccountId: string;

                    /** Reaction emoji. */
                    emoji: string;

                    /** Reaction sentAt. */
                    sentAt: number;

                    /**
                     * Creates a new Reaction instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Reaction instance
                     */
                    static create(properties: parley.content.v1.HistoryBundle.Reaction.$Shape): parley.content.v1.HistoryBundle.Reaction & parley.content.v1.HistoryBundle.Reaction.$Shape;
                    static create(properties?: parley.content.v1.HistoryBundle.Reaction.$Properties): parley.content.v1.HistoryBundle.Reaction;

                    /**
                     * Encodes the specified Reaction message. Does not implicitly {@link parley.content.v1.HistoryBundle.Reaction.verify|verify} messages.
                     * @param message Reaction message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.HistoryBundle.Reaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Reaction message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.HistoryBundle.Reaction & parley.content.v1.HistoryBundle.Reaction.$Shape} Reaction
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HistoryBundle.Reaction & parley.content.v1.HistoryBundle.Reaction.$Shape;

                    /**
                     * Verifies a Reaction message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Reaction message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Reaction
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.HistoryBundle.Reaction;

                    /**
                     * Creates a plain object from a Reaction message. Also converts values to other types if specified.
                     * @param message Reaction
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.HistoryBundle.Reaction, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Reaction to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Reaction {

                    /** Properties of a Reaction. */
                    interface $Properties {

                        /** Reaction reactorAccountId */
                        reactorAccountId?: string;

                        /** Reaction emoji */
                        emoji?: string;

                        /** Reaction sentAt */
                        sentAt?: number;

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Reaction. */
                    type $Shape = parley.content.v1.HistoryBundle.Reaction.$Properties;
                }

                /**
                 * Properties of an Attachment.
                 * @deprecated Use parley.content.v1.HistoryBundle.Attachment.$Properties instead.
                 */
                interface IAttachment extends parley.content.v1.HistoryBundle.Attachment.$Properties {
                }

                /** Represents an Attachment. */
                class Attachment {

                    /**
                     * Constructs a new Attachment.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.HistoryBundle.Attachment.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Attachment contentType. */
                    contentType: string;

                    /** Attachment fileName. */
                    fileName: (string|null);

                    /** Attachment size. */
                    size: number;

                    /** Attachment width. */
                    width: (number|null);

                    /** Attachment height. */
                    height: (number|null);

                    /** Attachment durationMs. */
                    durationMs: (number|null);

                    /** Attachment voiceNote. */
                    voiceNote: boolean;

                    /** Attachment key. */
                    key: (Uint8Array|null);

                    /**
                     * Creates a new Attachment instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Attachment instance
                     */
                    static create(properties: parley.content.v1.HistoryBundle.Attachment.$Shape): parley.content.v1.HistoryBundle.Attachment & parley.content.v1.HistoryBundle.Attachment.$Shape;
                    static create(properties?: parley.content.v1.HistoryBundle.Attachment.$Properties): parley.content.v1.HistoryBundle.Attachment;

                    /**
                     * Encodes the specified Attachment message. Does not implicitly {@link parley.content.v1.HistoryBundle.Attachment.verify|verify} messages.
                     * @param message Attachment message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.HistoryBundle.Attachment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Attachment message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.HistoryBundle.Attachment & parley.content.v1.HistoryBundle.Attachment.$Shape} Attachment
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HistoryBundle.Attachment & parley.content.v1.HistoryBundle.Attachment.$Shape;

                    /**
                     * Verifies an Attachment message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Attachment message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Attachment
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.HistoryBundle.Attachment;

                    /**
                     * Creates a plain object from an Attachment message. Also converts values to other types if specified.
                     * @param message Attachment
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.HistoryBundle.Attachment, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Attachment to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Attachment {

                    /** Properties of an Attachment. */
                    interface $Properties {

                        /** Attachment contentType */
                        contentType?: string;

                        /** Attachment fileName */
                        fileName?: (string|null);

                        /** Attachment size */
                        size?: number;

                        /** Attachment width */
                        width?: (number|null);

                        /** Attachment height */
                        height?: (number|null);

                        /** Attachment durationMs */
                        durationMs?: (number|null);

                        /** Attachment voiceNote */
                        voiceNote?: boolean;

                        /** Attachment key */
                        key?: (Uint8Array|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Attachment. */
                    type $Shape = parley.content.v1.HistoryBundle.Attachment.$Properties;
                }

                /**
                 * Properties of a HistoryMessage.
                 * @deprecated Use parley.content.v1.HistoryBundle.HistoryMessage.$Properties instead.
                 */
                interface IHistoryMessage extends parley.content.v1.HistoryBundle.HistoryMessage.$Properties {
                }

                /** Represents a HistoryMessage. */
                class HistoryMessage {

                    /**
                     * Constructs a new HistoryMessage.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.HistoryBundle.HistoryMessage.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** HistoryMessage senderAccountId. */
                    senderAccountId: string;

                    /** HistoryMessage senderDeviceId. */
                    senderDeviceId: number;

                    /** HistoryMessage sentAt. */
                    sentAt: number;

                    /** HistoryMessage receivedAt. */
                    receivedAt: number;

                    /** HistoryMessage body. */
                    body: (string|null);

                    /** HistoryMessage status. */
                    status: string;

                    /** HistoryMessage kind. */
                    kind: parley.content.v1.HistoryBundle.HistoryMessage.Kind;

                    /** HistoryMessage quote. */
                    quote: (parley.content.v1.Quote|null);

                    /** HistoryMessage editedAt. */
                    editedAt: (number|null);

                    /** HistoryMessage deletedForEveryone. */
                    deletedForEveryone: boolean;

                    /** HistoryMessage reactions. */
                    reactions: parley.content.v1.HistoryBundle.Reaction[];

                    /** HistoryMessage attachments. */
                    attachments: parley.content.v1.HistoryBundle.Attachment[];

                    /** HistoryMessage errorText. */
                    errorText: (string|null);

                    /** HistoryMessage errorCode. */
                    errorCode: (string|null);

                    /**
                     * Creates a new HistoryMessage instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns HistoryMessage instance
                     */
                    static create(properties: parley.content.v1.HistoryBundle.HistoryMessage.$Shape): parley.content.v1.HistoryBundle.HistoryMessage & parley.content.v1.HistoryBundle.HistoryMessage.$Shape;
                    static create(properties?: parley.content.v1.HistoryBundle.HistoryMessage.$Properties): parley.content.v1.HistoryBundle.HistoryMessage;

                    /**
                     * Encodes the specified HistoryMessage message. Does not implicitly {@link parley.content.v1.HistoryBundle.HistoryMessage.verify|verify} messages.
                     * @param message HistoryMessage message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.HistoryBundle.HistoryMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a HistoryMessage message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.HistoryBundle.HistoryMessage & parley.content.v1.HistoryBundle.HistoryMessage.$Shape} HistoryMessage
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HistoryBundle.HistoryMessage & parley.content.v1.HistoryBundle.HistoryMessage.$Shape;

                    /**
                     * Verifies a HistoryMessage message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a HistoryMessage message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns HistoryMessage
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.HistoryBundle.HistoryMessage;

                    /**
                     * Creates a plain object from a HistoryMessage message. Also converts values to other types if specified.
                     * @param message HistoryMessage
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.HistoryBundle.HistoryMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this HistoryMessage to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace HistoryMessage {

                    /** Properties of a HistoryMessage. */
                    interface $Properties {

                        /** HistoryMessage senderAccountId */
                        senderAccountId?: string;

                        /** HistoryMessage senderDeviceId */
                        senderDeviceId?: number;

                        /** HistoryMessage sentAt */
                        sentAt?: number;

                        /** HistoryMessage receivedAt */
                        receivedAt?: number;

                        /** HistoryMessage body */
                        body?: (string|null);

                        /** HistoryMessage status */
                        status?: string;

                        /** HistoryMessage kind */
                        kind?: parley.content.v1.HistoryBundle.HistoryMessage.Kind;

                        /** HistoryMessage quote */
                        quote?: (parley.content.v1.Quote.$Properties|null);

                        /** HistoryMessage editedAt */
                        editedAt?: (number|null);

                        /** HistoryMessage deletedForEveryone */
                        deletedForEveryone?: boolean;

                        /** HistoryMessage reactions */
                        reactions?: parley.content.v1.HistoryBundle.Reaction.$Properties[];

                        /** HistoryMessage attachments */
                        attachments?: parley.content.v1.HistoryBundle.Attachment.$Properties[];

                        /** HistoryMessage errorText */
                        errorText?: (string|null);

                        /** HistoryMessage errorCode */
                        errorCode?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a HistoryMessage. */
                    type $Shape = parley.content.v1.HistoryBundle.HistoryMessage.$Properties;

                    /** Kind enum. */
                    enum Kind {

                        /** TEXT value */
                        TEXT = 0,

                        /** IDENTITY_CHANGE value */
                        IDENTITY_CHANGE = 1,

                        /** VERIFIED_CHANGE value */
                        VERIFIED_CHANGE = 2,

                        /** UNDECRYPTABLE value */
                        UNDECRYPTABLE = 3
                    }
                }

                /** VerifiedState enum. */
                enum VerifiedState {

                    /** DEFAULT value */
                    DEFAULT = 0,

                    /** VERIFIED value */
                    VERIFIED = 1,

                    /** UNVERIFIED value */
                    UNVERIFIED = 2
                }

                /**
                 * Properties of a Conversation.
                 * @deprecated Use parley.content.v1.HistoryBundle.Conversation.$Properties instead.
                 */
                interface IConversation extends parley.content.v1.HistoryBundle.Conversation.$Properties {
                }

                /** Represents a Conversation. */
                class Conversation {

                    /**
                     * Constructs a new Conversation.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.HistoryBundle.Conversation.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Conversation peerAccountId. */
                    peerAccountId: string;

                    /** Conversation peerHandle. */
                    peerHandle: (string|null);

                    /** Conversation messages. */
                    messages: parley.content.v1.HistoryBundle.HistoryMessage[];

                    /** Conversation peerProfileName. */
                    peerProfileName: (string|null);

                    /** Conversation peerAvatarDataUrl. */
                    peerAvatarDataUrl: (string|null);

                    /** Conversation pinned. */
                    pinned: boolean;

                    /** Conversation archived. */
                    archived: boolean;

                    /** Conversation mutedUntil. */
                    mutedUntil: (number|null);

                    /** Conversation verified. */
                    verified: parley.content.v1.HistoryBundle.VerifiedState;

                    /** Conversation peerIdentityKey. */
                    peerIdentityKey: (Uint8Array|null);

                    /** Conversation lastReadAt. */
                    lastReadAt: (number|null);

                    /**
                     * Creates a new Conversation instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Conversation instance
                     */
                    static create(properties: parley.content.v1.HistoryBundle.Conversation.$Shape): parley.content.v1.HistoryBundle.Conversation & parley.content.v1.HistoryBundle.Conversation.$Shape;
                    static create(properties?: parley.content.v1.HistoryBundle.Conversation.$Properties): parley.content.v1.HistoryBundle.Conversation;

                    /**
                     * Encodes the specified Conversation message. Does not implicitly {@link parley.content.v1.HistoryBundle.Conversation.verify|verify} messages.
                     * @param message Conversation message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.HistoryBundle.Conversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Conversation message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.HistoryBundle.Conversation & parley.content.v1.HistoryBundle.Conversation.$Shape} Conversation
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HistoryBundle.Conversation & parley.content.v1.HistoryBundle.Conversation.$Shape;

                    /**
                     * Verifies a Conversation message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Conversation message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Conversation
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.HistoryBundle.Conversation;

                    /**
                     * Creates a plain object from a Conversation message. Also converts values to other types if specified.
                     * @param message Conversation
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.HistoryBundle.Conversation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Conversation to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Conversation {

                    /** Properties of a Conversation. */
                    interface $Properties {

                        /** Conversation peerAccountId */
                        peerAccountId?: string;

                        /** Conversation peerHandle */
                        peerHandle?: (string|null);

                        /** Conversation messages */
                        messages?: parley.content.v1.HistoryBundle.HistoryMessage.$Properties[];

                        /** Conversation peerProfileName */
                        peerProfileName?: (string|null);

                        /** Conversation peerAvatarDataUrl */
                        peerAvatarDataUrl?: (string|null);

                        /** Conversation pinned */
                        pinned?: boolean;

                        /** Conversation archived */
                        archived?: boolean;

                        /** Conversation mutedUntil */
                        mutedUntil?: (number|null);

                        /** Conversation verified */
                        verified?: parley.content.v1.HistoryBundle.VerifiedState;

                        /** Conversation peerIdentityKey */
                        peerIdentityKey?: (Uint8Array|null);

                        /** Conversation lastReadAt */
                        lastReadAt?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Conversation. */
                    type $Shape = parley.content.v1.HistoryBundle.Conversation.$Properties;
                }

                /**
                 * Properties of a Media.
                 * @deprecated Use parley.content.v1.HistoryBundle.Media.$Properties instead.
                 */
                interface IMedia extends parley.content.v1.HistoryBundle.Media.$Properties {
                }

                /** Represents a Media. */
                class Media {

                    /**
                     * Constructs a new Media.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: parley.content.v1.HistoryBundle.Media.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Media items. */
                    items: parley.content.v1.HistoryBundle.Media.Item[];

                    /**
                     * Creates a new Media instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Media instance
                     */
                    static create(properties: parley.content.v1.HistoryBundle.Media.$Shape): parley.content.v1.HistoryBundle.Media & parley.content.v1.HistoryBundle.Media.$Shape;
                    static create(properties?: parley.content.v1.HistoryBundle.Media.$Properties): parley.content.v1.HistoryBundle.Media;

                    /**
                     * Encodes the specified Media message. Does not implicitly {@link parley.content.v1.HistoryBundle.Media.verify|verify} messages.
                     * @param message Media message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: parley.content.v1.HistoryBundle.Media.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Media message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {parley.content.v1.HistoryBundle.Media & parley.content.v1.HistoryBundle.Media.$Shape} Media
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HistoryBundle.Media & parley.content.v1.HistoryBundle.Media.$Shape;

                    /**
                     * Verifies a Media message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Media message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Media
                     */
                    static fromObject(object: { [k: string]: any }): parley.content.v1.HistoryBundle.Media;

                    /**
                     * Creates a plain object from a Media message. Also converts values to other types if specified.
                     * @param message Media
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: parley.content.v1.HistoryBundle.Media, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Media to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };
                }

                namespace Media {

                    /** Properties of a Media. */
                    interface $Properties {

                        /** Media items */
                        items?: parley.content.v1.HistoryBundle.Media.Item.$Properties[];

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Media. */
                    type $Shape = parley.content.v1.HistoryBundle.Media.$Properties;

                    /**
                     * Properties of an Item.
                     * @deprecated Use parley.content.v1.HistoryBundle.Media.Item.$Properties instead.
                     */
                    interface IItem extends parley.content.v1.HistoryBundle.Media.Item.$Properties {
                    }

                    /** Represents an Item. */
                    class Item {

                        /**
                         * Constructs a new Item.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: parley.content.v1.HistoryBundle.Media.Item.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Item senderAccountId. */
                        senderAccountId: string;

                        /** Item senderDeviceId. */
                        senderDeviceId: number;

                        /** Item sentAt. */
                        sentAt: number;

                        /** Item position. */
                        position: number;

                        /** Item blobId. */
                        blobId: (string|null);

                        /** Item digest. */
                        digest: (Uint8Array|null);

                        /**
                         * Creates a new Item instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Item instance
                         */
                        static create(properties: parley.content.v1.HistoryBundle.Media.Item.$Shape): parley.content.v1.HistoryBundle.Media.Item & parley.content.v1.HistoryBundle.Media.Item.$Shape;
                        static create(properties?: parley.content.v1.HistoryBundle.Media.Item.$Properties): parley.content.v1.HistoryBundle.Media.Item;

                        /**
                         * Encodes the specified Item message. Does not implicitly {@link parley.content.v1.HistoryBundle.Media.Item.verify|verify} messages.
                         * @param message Item message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: parley.content.v1.HistoryBundle.Media.Item.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an Item message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {parley.content.v1.HistoryBundle.Media.Item & parley.content.v1.HistoryBundle.Media.Item.$Shape} Item
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HistoryBundle.Media.Item & parley.content.v1.HistoryBundle.Media.Item.$Shape;

                        /**
                         * Verifies an Item message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates an Item message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Item
                         */
                        static fromObject(object: { [k: string]: any }): parley.content.v1.HistoryBundle.Media.Item;

                        /**
                         * Creates a plain object from an Item message. Also converts values to other types if specified.
                         * @param message Item
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: parley.content.v1.HistoryBundle.Media.Item, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Item to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };
                    }

                    namespace Item {

                        /** Properties of an Item. */
                        interface $Properties {

                            /** Item senderAccountId */
                            senderAccountId?: string;

                            /** Item senderDeviceId */
                            senderDeviceId?: number;

                            /** Item sentAt */
                            sentAt?: number;

                            /** Item position */
                            position?: number;

                            /** Item blobId */
                            blobId?: (string|null);

                            /** Item digest */
                            digest?: (Uint8Array|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an Item. */
                        type $Shape = parley.content.v1.HistoryBundle.Media.Item.$Properties;
                    }
                }
            }
        }
    }
}
