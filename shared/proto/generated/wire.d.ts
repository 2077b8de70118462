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

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProvisionMessage. */
                type $Shape = parley.provisioning.v1.ProvisionMessage.$Properties;
            }
        }
    }
}
