/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const parley = $root.parley = (() => {

    /**
     * Namespace parley.
     * @exports parley
     * @namespace
     */
    const parley = {};

    parley.relay = (function() {

        /**
         * Namespace relay.
         * @memberof parley
         * @namespace
         */
        const relay = {};

        relay.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof parley.relay
             * @namespace
             */
            const v1 = {};

            v1.Envelope = (function() {

                /**
                 * Properties of an Envelope.
                 * @typedef {Object} parley.relay.v1.Envelope.$Properties
                 * @property {parley.relay.v1.Envelope.Type} [type] Envelope type
                 * @property {string|null} [sourceAccountId] Envelope sourceAccountId
                 * @property {number|null} [sourceDeviceId] Envelope sourceDeviceId
                 * @property {string} [destinationAccountId] Envelope destinationAccountId
                 * @property {number} [destinationDeviceId] Envelope destinationDeviceId
                 * @property {number} [clientTimestamp] Envelope clientTimestamp
                 * @property {number} [serverTimestamp] Envelope serverTimestamp
                 * @property {string} [serverGuid] Envelope serverGuid
                 * @property {Uint8Array} [content] Envelope content
                 * @property {boolean} [urgent] Envelope urgent
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Envelope.
                 * @memberof parley.relay.v1
                 * @interface IEnvelope
                 * @augments parley.relay.v1.Envelope.$Properties
                 * @deprecated Use parley.relay.v1.Envelope.$Properties instead.
                 */

                /**
                 * Shape of an Envelope.
                 * @typedef {parley.relay.v1.Envelope.$Properties} parley.relay.v1.Envelope.$Shape
                 */

                /**
                 * Constructs a new Envelope.
                 * @memberof parley.relay.v1
                 * @classdesc Represents an Envelope.
                 * @constructor
                 * @param {parley.relay.v1.Envelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Envelope = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Envelope type.
                 * @member {parley.relay.v1.Envelope.Type} type
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.type = 0;

                /**
                 * Envelope sourceAccountId.
                 * @member {string|null} sourceAccountId
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.sourceAccountId = null;

                /**
                 * Envelope sourceDeviceId.
                 * @member {number|null} sourceDeviceId
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.sourceDeviceId = null;

                /**
                 * Envelope destinationAccountId.
                 * @member {string} destinationAccountId
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.destinationAccountId = "";

                /**
                 * Envelope destinationDeviceId.
                 * @member {number} destinationDeviceId
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.destinationDeviceId = 0;

                /**
                 * Envelope clientTimestamp.
                 * @member {number} clientTimestamp
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.clientTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Envelope serverTimestamp.
                 * @member {number} serverTimestamp
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.serverTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Envelope serverGuid.
                 * @member {string} serverGuid
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.serverGuid = "";

                /**
                 * Envelope content.
                 * @member {Uint8Array} content
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.content = $util.newBuffer([]);

                /**
                 * Envelope urgent.
                 * @member {boolean} urgent
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.urgent = false;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Envelope.prototype, "_sourceAccountId", {
                    get: $util.oneOfGetter($oneOfFields = ["sourceAccountId"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Envelope.prototype, "_sourceDeviceId", {
                    get: $util.oneOfGetter($oneOfFields = ["sourceDeviceId"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @function create
                 * @memberof parley.relay.v1.Envelope
                 * @static
                 * @param {parley.relay.v1.Envelope.$Properties=} [properties] Properties to set
                 * @returns {parley.relay.v1.Envelope} Envelope instance
                 * @type {{
                 *   (properties: parley.relay.v1.Envelope.$Shape): parley.relay.v1.Envelope & parley.relay.v1.Envelope.$Shape;
                 *   (properties?: parley.relay.v1.Envelope.$Properties): parley.relay.v1.Envelope;
                 * }}
                 */
                Envelope.create = function(properties) {
                    return new Envelope(properties);
                };

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link parley.relay.v1.Envelope.verify|verify} messages.
                 * @function encode
                 * @memberof parley.relay.v1.Envelope
                 * @static
                 * @param {parley.relay.v1.Envelope.$Properties} message Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.sourceAccountId != null && $Object.hasOwnProperty.call(message, "sourceAccountId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.sourceAccountId);
                    if (message.sourceDeviceId != null && $Object.hasOwnProperty.call(message, "sourceDeviceId"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sourceDeviceId);
                    if (message.destinationAccountId != null && $Object.hasOwnProperty.call(message, "destinationAccountId") && message.destinationAccountId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.destinationAccountId);
                    if (message.destinationDeviceId != null && $Object.hasOwnProperty.call(message, "destinationDeviceId") && message.destinationDeviceId !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.destinationDeviceId);
                    if (message.clientTimestamp != null && $Object.hasOwnProperty.call(message, "clientTimestamp") && (typeof message.clientTimestamp === "object" ? message.clientTimestamp.low || message.clientTimestamp.high : message.clientTimestamp !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.clientTimestamp);
                    if (message.serverTimestamp != null && $Object.hasOwnProperty.call(message, "serverTimestamp") && (typeof message.serverTimestamp === "object" ? message.serverTimestamp.low || message.serverTimestamp.high : message.serverTimestamp !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.serverTimestamp);
                    if (message.serverGuid != null && $Object.hasOwnProperty.call(message, "serverGuid") && message.serverGuid !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.serverGuid);
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content.length)
                        writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.content);
                    if (message.urgent != null && $Object.hasOwnProperty.call(message, "urgent") && message.urgent !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.urgent);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.relay.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.relay.v1.Envelope & parley.relay.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.relay.v1.Envelope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.sourceAccountId = reader.stringVerify();
                                message._sourceAccountId = "sourceAccountId";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.sourceDeviceId = reader.uint32();
                                message._sourceDeviceId = "sourceDeviceId";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.destinationAccountId = value;
                                else
                                    delete message.destinationAccountId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.destinationDeviceId = value;
                                else
                                    delete message.destinationDeviceId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.clientTimestamp = value;
                                else
                                    delete message.clientTimestamp;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.serverTimestamp = value;
                                else
                                    delete message.serverTimestamp;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.serverGuid = value;
                                else
                                    delete message.serverGuid;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.content = value;
                                else
                                    delete message.content;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.urgent = value;
                                else
                                    delete message.urgent;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an Envelope message.
                 * @function verify
                 * @memberof parley.relay.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Envelope.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.sourceAccountId != null && $Object.hasOwnProperty.call(message, "sourceAccountId")) {
                        properties._sourceAccountId = 1;
                        if (!$util.isString(message.sourceAccountId))
                            return "sourceAccountId: string expected";
                    }
                    if (message.sourceDeviceId != null && $Object.hasOwnProperty.call(message, "sourceDeviceId")) {
                        properties._sourceDeviceId = 1;
                        if (!$util.isInteger(message.sourceDeviceId))
                            return "sourceDeviceId: integer expected";
                    }
                    if (message.destinationAccountId != null && $Object.hasOwnProperty.call(message, "destinationAccountId"))
                        if (!$util.isString(message.destinationAccountId))
                            return "destinationAccountId: string expected";
                    if (message.destinationDeviceId != null && $Object.hasOwnProperty.call(message, "destinationDeviceId"))
                        if (!$util.isInteger(message.destinationDeviceId))
                            return "destinationDeviceId: integer expected";
                    if (message.clientTimestamp != null && $Object.hasOwnProperty.call(message, "clientTimestamp"))
                        if (!$util.isInteger(message.clientTimestamp) && !(message.clientTimestamp && $util.isInteger(message.clientTimestamp.low) && $util.isInteger(message.clientTimestamp.high)))
                            return "clientTimestamp: integer|Long expected";
                    if (message.serverTimestamp != null && $Object.hasOwnProperty.call(message, "serverTimestamp"))
                        if (!$util.isInteger(message.serverTimestamp) && !(message.serverTimestamp && $util.isInteger(message.serverTimestamp.low) && $util.isInteger(message.serverTimestamp.high)))
                            return "serverTimestamp: integer|Long expected";
                    if (message.serverGuid != null && $Object.hasOwnProperty.call(message, "serverGuid"))
                        if (!$util.isString(message.serverGuid))
                            return "serverGuid: string expected";
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        if (!(message.content && typeof message.content.length === "number" || $util.isString(message.content)))
                            return "content: buffer expected";
                    if (message.urgent != null && $Object.hasOwnProperty.call(message, "urgent"))
                        if (typeof message.urgent !== "boolean")
                            return "urgent: boolean expected";
                    return null;
                };

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.relay.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.relay.v1.Envelope} Envelope
                 */
                Envelope.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.relay.v1.Envelope)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.relay.v1.Envelope: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.relay.v1.Envelope();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.parley.relay.v1.Envelope.Type[object.type] !== 0))
                        switch (object.type) {
                        case "UNKNOWN":
                        case 0:
                            message.type = 0;
                            break;
                        case "CIPHERTEXT":
                        case 1:
                            message.type = 1;
                            break;
                        case "PREKEY_MESSAGE":
                        case 3:
                            message.type = 3;
                            break;
                        case "UNIDENTIFIED_SENDER":
                        case 6:
                            message.type = 6;
                            break;
                        case "PLAINTEXT_CONTENT":
                        case 8:
                            message.type = 8;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.sourceAccountId != null)
                        message.sourceAccountId = $String(object.sourceAccountId);
                    if (object.sourceDeviceId != null)
                        message.sourceDeviceId = object.sourceDeviceId >>> 0;
                    if (object.destinationAccountId != null)
                        if (typeof object.destinationAccountId !== "string" || object.destinationAccountId.length)
                            message.destinationAccountId = $String(object.destinationAccountId);
                    if (object.destinationDeviceId != null)
                        if ($Number(object.destinationDeviceId) !== 0)
                            message.destinationDeviceId = object.destinationDeviceId >>> 0;
                    if (object.clientTimestamp != null)
                        if (typeof object.clientTimestamp === "object" ? object.clientTimestamp.low || object.clientTimestamp.high : $Number(object.clientTimestamp) !== 0)
                            if ($util.Long)
                                message.clientTimestamp = $util.Long.fromValue(object.clientTimestamp, true);
                            else if (typeof object.clientTimestamp === "string")
                                message.clientTimestamp = $parseInt(object.clientTimestamp, 10);
                            else if (typeof object.clientTimestamp === "number")
                                message.clientTimestamp = object.clientTimestamp;
                            else if (typeof object.clientTimestamp === "object")
                                message.clientTimestamp = new $util.LongBits(object.clientTimestamp.low >>> 0, object.clientTimestamp.high >>> 0).toNumber(true);
                    if (object.serverTimestamp != null)
                        if (typeof object.serverTimestamp === "object" ? object.serverTimestamp.low || object.serverTimestamp.high : $Number(object.serverTimestamp) !== 0)
                            if ($util.Long)
                                message.serverTimestamp = $util.Long.fromValue(object.serverTimestamp, true);
                            else if (typeof object.serverTimestamp === "string")
                                message.serverTimestamp = $parseInt(object.serverTimestamp, 10);
                            else if (typeof object.serverTimestamp === "number")
                                message.serverTimestamp = object.serverTimestamp;
                            else if (typeof object.serverTimestamp === "object")
                                message.serverTimestamp = new $util.LongBits(object.serverTimestamp.low >>> 0, object.serverTimestamp.high >>> 0).toNumber(true);
                    if (object.serverGuid != null)
                        if (typeof object.serverGuid !== "string" || object.serverGuid.length)
                            message.serverGuid = $String(object.serverGuid);
                    if (object.content != null)
                        if (object.content.length)
                            if (typeof object.content === "string")
                                $util.base64.decode(object.content, message.content = $util.newBuffer($util.base64.length(object.content)), 0);
                            else if (object.content.length >= 0)
                                message.content = object.content;
                    if (object.urgent != null)
                        if (object.urgent)
                            message.urgent = $Boolean(object.urgent);
                    return message;
                };

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.relay.v1.Envelope
                 * @static
                 * @param {parley.relay.v1.Envelope} message Envelope
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Envelope.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.type = options.enums === $String ? "UNKNOWN" : 0;
                        object.destinationAccountId = "";
                        object.destinationDeviceId = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.clientTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.clientTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.serverTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.serverTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.serverGuid = "";
                        if (options.bytes === $String)
                            object.content = "";
                        else {
                            object.content = [];
                            if (options.bytes !== $Array)
                                object.content = $util.newBuffer(object.content);
                        }
                        object.urgent = false;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.parley.relay.v1.Envelope.Type[message.type] === $undefined ? message.type : $root.parley.relay.v1.Envelope.Type[message.type] : message.type;
                    if (message.sourceAccountId != null && $Object.hasOwnProperty.call(message, "sourceAccountId"))
                        object.sourceAccountId = message.sourceAccountId;
                    if (message.sourceDeviceId != null && $Object.hasOwnProperty.call(message, "sourceDeviceId"))
                        object.sourceDeviceId = message.sourceDeviceId;
                    if (message.destinationAccountId != null && $Object.hasOwnProperty.call(message, "destinationAccountId"))
                        object.destinationAccountId = message.destinationAccountId;
                    if (message.destinationDeviceId != null && $Object.hasOwnProperty.call(message, "destinationDeviceId"))
                        object.destinationDeviceId = message.destinationDeviceId;
                    if (message.clientTimestamp != null && $Object.hasOwnProperty.call(message, "clientTimestamp"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.clientTimestamp = typeof message.clientTimestamp === "number" ? $BigInt(message.clientTimestamp) : $util.Long.fromBits(message.clientTimestamp.low >>> 0, message.clientTimestamp.high >>> 0, true).toBigInt();
                        else if (typeof message.clientTimestamp === "number")
                            object.clientTimestamp = options.longs === $String ? $String(message.clientTimestamp) : message.clientTimestamp;
                        else
                            object.clientTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.clientTimestamp) : options.longs === $Number ? new $util.LongBits(message.clientTimestamp.low >>> 0, message.clientTimestamp.high >>> 0).toNumber(true) : message.clientTimestamp;
                    if (message.serverTimestamp != null && $Object.hasOwnProperty.call(message, "serverTimestamp"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.serverTimestamp = typeof message.serverTimestamp === "number" ? $BigInt(message.serverTimestamp) : $util.Long.fromBits(message.serverTimestamp.low >>> 0, message.serverTimestamp.high >>> 0, true).toBigInt();
                        else if (typeof message.serverTimestamp === "number")
                            object.serverTimestamp = options.longs === $String ? $String(message.serverTimestamp) : message.serverTimestamp;
                        else
                            object.serverTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimestamp) : options.longs === $Number ? new $util.LongBits(message.serverTimestamp.low >>> 0, message.serverTimestamp.high >>> 0).toNumber(true) : message.serverTimestamp;
                    if (message.serverGuid != null && $Object.hasOwnProperty.call(message, "serverGuid"))
                        object.serverGuid = message.serverGuid;
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        object.content = options.bytes === $String ? $util.base64.encode(message.content, 0, message.content.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.content) : message.content;
                    if (message.urgent != null && $Object.hasOwnProperty.call(message, "urgent"))
                        object.urgent = message.urgent;
                    return object;
                };

                /**
                 * Converts this Envelope to JSON.
                 * @function toJSON
                 * @memberof parley.relay.v1.Envelope
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Envelope.prototype.toJSON = function() {
                    return Envelope.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Type enum.
                 * @name parley.relay.v1.Envelope.Type
                 * @enum {number}
                 * @property {number} UNKNOWN=0 UNKNOWN value
                 * @property {number} CIPHERTEXT=1 CIPHERTEXT value
                 * @property {number} PREKEY_MESSAGE=3 PREKEY_MESSAGE value
                 * @property {number} UNIDENTIFIED_SENDER=6 UNIDENTIFIED_SENDER value
                 * @property {number} PLAINTEXT_CONTENT=8 PLAINTEXT_CONTENT value
                 */
                Envelope.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "CIPHERTEXT"] = 1;
                    values[valuesById[3] = "PREKEY_MESSAGE"] = 3;
                    values[valuesById[6] = "UNIDENTIFIED_SENDER"] = 6;
                    values[valuesById[8] = "PLAINTEXT_CONTENT"] = 8;
                    return values;
                })();

                return Envelope;
            })();

            v1.WebSocketMessage = (function() {

                /**
                 * Properties of a WebSocketMessage.
                 * @typedef {Object} parley.relay.v1.WebSocketMessage.$Properties
                 * @property {parley.relay.v1.WebSocketMessage.Type} [type] WebSocketMessage type
                 * @property {parley.relay.v1.WebSocketRequest.$Properties|null} [request] WebSocketMessage request
                 * @property {parley.relay.v1.WebSocketResponse.$Properties|null} [response] WebSocketMessage response
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WebSocketMessage.
                 * @memberof parley.relay.v1
                 * @interface IWebSocketMessage
                 * @augments parley.relay.v1.WebSocketMessage.$Properties
                 * @deprecated Use parley.relay.v1.WebSocketMessage.$Properties instead.
                 */

                /**
                 * Shape of a WebSocketMessage.
                 * @typedef {parley.relay.v1.WebSocketMessage.$Properties} parley.relay.v1.WebSocketMessage.$Shape
                 */

                /**
                 * Constructs a new WebSocketMessage.
                 * @memberof parley.relay.v1
                 * @classdesc Represents a WebSocketMessage.
                 * @constructor
                 * @param {parley.relay.v1.WebSocketMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WebSocketMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WebSocketMessage type.
                 * @member {parley.relay.v1.WebSocketMessage.Type} type
                 * @memberof parley.relay.v1.WebSocketMessage
                 * @instance
                 */
                WebSocketMessage.prototype.type = 0;

                /**
                 * WebSocketMessage request.
                 * @member {parley.relay.v1.WebSocketRequest|null} request
                 * @memberof parley.relay.v1.WebSocketMessage
                 * @instance
                 */
                WebSocketMessage.prototype.request = null;

                /**
                 * WebSocketMessage response.
                 * @member {parley.relay.v1.WebSocketResponse|null} response
                 * @memberof parley.relay.v1.WebSocketMessage
                 * @instance
                 */
                WebSocketMessage.prototype.response = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(WebSocketMessage.prototype, "_request", {
                    get: $util.oneOfGetter($oneOfFields = ["request"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(WebSocketMessage.prototype, "_response", {
                    get: $util.oneOfGetter($oneOfFields = ["response"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new WebSocketMessage instance using the specified properties.
                 * @function create
                 * @memberof parley.relay.v1.WebSocketMessage
                 * @static
                 * @param {parley.relay.v1.WebSocketMessage.$Properties=} [properties] Properties to set
                 * @returns {parley.relay.v1.WebSocketMessage} WebSocketMessage instance
                 * @type {{
                 *   (properties: parley.relay.v1.WebSocketMessage.$Shape): parley.relay.v1.WebSocketMessage & parley.relay.v1.WebSocketMessage.$Shape;
                 *   (properties?: parley.relay.v1.WebSocketMessage.$Properties): parley.relay.v1.WebSocketMessage;
                 * }}
                 */
                WebSocketMessage.create = function(properties) {
                    return new WebSocketMessage(properties);
                };

                /**
                 * Encodes the specified WebSocketMessage message. Does not implicitly {@link parley.relay.v1.WebSocketMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.relay.v1.WebSocketMessage
                 * @static
                 * @param {parley.relay.v1.WebSocketMessage.$Properties} message WebSocketMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WebSocketMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                        $root.parley.relay.v1.WebSocketRequest.encode(message.request, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                        $root.parley.relay.v1.WebSocketResponse.encode(message.response, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WebSocketMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.relay.v1.WebSocketMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.relay.v1.WebSocketMessage & parley.relay.v1.WebSocketMessage.$Shape} WebSocketMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WebSocketMessage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.relay.v1.WebSocketMessage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.request = $root.parley.relay.v1.WebSocketRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                                message._request = "request";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.response = $root.parley.relay.v1.WebSocketResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.response);
                                message._response = "response";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a WebSocketMessage message.
                 * @function verify
                 * @memberof parley.relay.v1.WebSocketMessage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WebSocketMessage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                        properties._request = 1;
                        {
                            let error = $root.parley.relay.v1.WebSocketRequest.verify(message.request, _depth + 1);
                            if (error)
                                return "request." + error;
                        }
                    }
                    if (message.response != null && $Object.hasOwnProperty.call(message, "response")) {
                        properties._response = 1;
                        {
                            let error = $root.parley.relay.v1.WebSocketResponse.verify(message.response, _depth + 1);
                            if (error)
                                return "response." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a WebSocketMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.relay.v1.WebSocketMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.relay.v1.WebSocketMessage} WebSocketMessage
                 */
                WebSocketMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.relay.v1.WebSocketMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.relay.v1.WebSocketMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.relay.v1.WebSocketMessage();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.parley.relay.v1.WebSocketMessage.Type[object.type] !== 0))
                        switch (object.type) {
                        case "UNKNOWN":
                        case 0:
                            message.type = 0;
                            break;
                        case "REQUEST":
                        case 1:
                            message.type = 1;
                            break;
                        case "RESPONSE":
                        case 2:
                            message.type = 2;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.request != null) {
                        if (!$util.isObject(object.request))
                            throw $TypeError(".parley.relay.v1.WebSocketMessage.request: object expected");
                        message.request = $root.parley.relay.v1.WebSocketRequest.fromObject(object.request, _depth + 1);
                    }
                    if (object.response != null) {
                        if (!$util.isObject(object.response))
                            throw $TypeError(".parley.relay.v1.WebSocketMessage.response: object expected");
                        message.response = $root.parley.relay.v1.WebSocketResponse.fromObject(object.response, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a WebSocketMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.relay.v1.WebSocketMessage
                 * @static
                 * @param {parley.relay.v1.WebSocketMessage} message WebSocketMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WebSocketMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.type = options.enums === $String ? "UNKNOWN" : 0;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.parley.relay.v1.WebSocketMessage.Type[message.type] === $undefined ? message.type : $root.parley.relay.v1.WebSocketMessage.Type[message.type] : message.type;
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                        object.request = $root.parley.relay.v1.WebSocketRequest.toObject(message.request, options, _depth + 1);
                    if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                        object.response = $root.parley.relay.v1.WebSocketResponse.toObject(message.response, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this WebSocketMessage to JSON.
                 * @function toJSON
                 * @memberof parley.relay.v1.WebSocketMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WebSocketMessage.prototype.toJSON = function() {
                    return WebSocketMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Type enum.
                 * @name parley.relay.v1.WebSocketMessage.Type
                 * @enum {number}
                 * @property {number} UNKNOWN=0 UNKNOWN value
                 * @property {number} REQUEST=1 REQUEST value
                 * @property {number} RESPONSE=2 RESPONSE value
                 */
                WebSocketMessage.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "REQUEST"] = 1;
                    values[valuesById[2] = "RESPONSE"] = 2;
                    return values;
                })();

                return WebSocketMessage;
            })();

            v1.WebSocketRequest = (function() {

                /**
                 * Properties of a WebSocketRequest.
                 * @typedef {Object} parley.relay.v1.WebSocketRequest.$Properties
                 * @property {string} [verb] WebSocketRequest verb
                 * @property {string} [path] WebSocketRequest path
                 * @property {Uint8Array|null} [body] WebSocketRequest body
                 * @property {Array.<string>} [headers] WebSocketRequest headers
                 * @property {number} [id] WebSocketRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WebSocketRequest.
                 * @memberof parley.relay.v1
                 * @interface IWebSocketRequest
                 * @augments parley.relay.v1.WebSocketRequest.$Properties
                 * @deprecated Use parley.relay.v1.WebSocketRequest.$Properties instead.
                 */

                /**
                 * Shape of a WebSocketRequest.
                 * @typedef {parley.relay.v1.WebSocketRequest.$Properties} parley.relay.v1.WebSocketRequest.$Shape
                 */

                /**
                 * Constructs a new WebSocketRequest.
                 * @memberof parley.relay.v1
                 * @classdesc Represents a WebSocketRequest.
                 * @constructor
                 * @param {parley.relay.v1.WebSocketRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WebSocketRequest = function (properties) {
                    this.headers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WebSocketRequest verb.
                 * @member {string} verb
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @instance
                 */
                WebSocketRequest.prototype.verb = "";

                /**
                 * WebSocketRequest path.
                 * @member {string} path
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @instance
                 */
                WebSocketRequest.prototype.path = "";

                /**
                 * WebSocketRequest body.
                 * @member {Uint8Array|null} body
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @instance
                 */
                WebSocketRequest.prototype.body = null;

                /**
                 * WebSocketRequest headers.
                 * @member {Array.<string>} headers
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @instance
                 */
                WebSocketRequest.prototype.headers = $util.emptyArray;

                /**
                 * WebSocketRequest id.
                 * @member {number} id
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @instance
                 */
                WebSocketRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(WebSocketRequest.prototype, "_body", {
                    get: $util.oneOfGetter($oneOfFields = ["body"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new WebSocketRequest instance using the specified properties.
                 * @function create
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @static
                 * @param {parley.relay.v1.WebSocketRequest.$Properties=} [properties] Properties to set
                 * @returns {parley.relay.v1.WebSocketRequest} WebSocketRequest instance
                 * @type {{
                 *   (properties: parley.relay.v1.WebSocketRequest.$Shape): parley.relay.v1.WebSocketRequest & parley.relay.v1.WebSocketRequest.$Shape;
                 *   (properties?: parley.relay.v1.WebSocketRequest.$Properties): parley.relay.v1.WebSocketRequest;
                 * }}
                 */
                WebSocketRequest.create = function(properties) {
                    return new WebSocketRequest(properties);
                };

                /**
                 * Encodes the specified WebSocketRequest message. Does not implicitly {@link parley.relay.v1.WebSocketRequest.verify|verify} messages.
                 * @function encode
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @static
                 * @param {parley.relay.v1.WebSocketRequest.$Properties} message WebSocketRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WebSocketRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.verb != null && $Object.hasOwnProperty.call(message, "verb") && message.verb !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.verb);
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.body);
                    if (message.headers != null && message.headers.length)
                        for (let i = 0; i < message.headers.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.headers[i]);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WebSocketRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.relay.v1.WebSocketRequest & parley.relay.v1.WebSocketRequest.$Shape} WebSocketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WebSocketRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.relay.v1.WebSocketRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.verb = value;
                                else
                                    delete message.verb;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.path = value;
                                else
                                    delete message.path;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.body = reader.bytes();
                                message._body = "body";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.headers && message.headers.length))
                                    message.headers = [];
                                message.headers.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a WebSocketRequest message.
                 * @function verify
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WebSocketRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.verb != null && $Object.hasOwnProperty.call(message, "verb"))
                        if (!$util.isString(message.verb))
                            return "verb: string expected";
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                        if (!$util.isString(message.path))
                            return "path: string expected";
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body")) {
                        properties._body = 1;
                        if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                            return "body: buffer expected";
                    }
                    if (message.headers != null && $Object.hasOwnProperty.call(message, "headers")) {
                        if (!$Array.isArray(message.headers))
                            return "headers: array expected";
                        for (let i = 0; i < message.headers.length; ++i)
                            if (!$util.isString(message.headers[i]))
                                return "headers: string[] expected";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                            return "id: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a WebSocketRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.relay.v1.WebSocketRequest} WebSocketRequest
                 */
                WebSocketRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.relay.v1.WebSocketRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.relay.v1.WebSocketRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.relay.v1.WebSocketRequest();
                    if (object.verb != null)
                        if (typeof object.verb !== "string" || object.verb.length)
                            message.verb = $String(object.verb);
                    if (object.path != null)
                        if (typeof object.path !== "string" || object.path.length)
                            message.path = $String(object.path);
                    if (object.body != null)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                    if (object.headers) {
                        if (!$Array.isArray(object.headers))
                            throw $TypeError(".parley.relay.v1.WebSocketRequest.headers: array expected");
                        message.headers = $Array(object.headers.length);
                        for (let i = 0; i < object.headers.length; ++i)
                            message.headers[i] = $String(object.headers[i]);
                    }
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a WebSocketRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @static
                 * @param {parley.relay.v1.WebSocketRequest} message WebSocketRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WebSocketRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.headers = [];
                    if (options.defaults) {
                        object.verb = "";
                        object.path = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.verb != null && $Object.hasOwnProperty.call(message, "verb"))
                        object.verb = message.verb;
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                        object.path = message.path;
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                    if (message.headers && message.headers.length) {
                        object.headers = $Array(message.headers.length);
                        for (let j = 0; j < message.headers.length; ++j)
                            object.headers[j] = message.headers[j];
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    return object;
                };

                /**
                 * Converts this WebSocketRequest to JSON.
                 * @function toJSON
                 * @memberof parley.relay.v1.WebSocketRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WebSocketRequest.prototype.toJSON = function() {
                    return WebSocketRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return WebSocketRequest;
            })();

            v1.WebSocketResponse = (function() {

                /**
                 * Properties of a WebSocketResponse.
                 * @typedef {Object} parley.relay.v1.WebSocketResponse.$Properties
                 * @property {number} [id] WebSocketResponse id
                 * @property {number} [status] WebSocketResponse status
                 * @property {string} [message] WebSocketResponse message
                 * @property {Array.<string>} [headers] WebSocketResponse headers
                 * @property {Uint8Array|null} [body] WebSocketResponse body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WebSocketResponse.
                 * @memberof parley.relay.v1
                 * @interface IWebSocketResponse
                 * @augments parley.relay.v1.WebSocketResponse.$Properties
                 * @deprecated Use parley.relay.v1.WebSocketResponse.$Properties instead.
                 */

                /**
                 * Shape of a WebSocketResponse.
                 * @typedef {parley.relay.v1.WebSocketResponse.$Properties} parley.relay.v1.WebSocketResponse.$Shape
                 */

                /**
                 * Constructs a new WebSocketResponse.
                 * @memberof parley.relay.v1
                 * @classdesc Represents a WebSocketResponse.
                 * @constructor
                 * @param {parley.relay.v1.WebSocketResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WebSocketResponse = function (properties) {
                    this.headers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WebSocketResponse id.
                 * @member {number} id
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @instance
                 */
                WebSocketResponse.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * WebSocketResponse status.
                 * @member {number} status
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @instance
                 */
                WebSocketResponse.prototype.status = 0;

                /**
                 * WebSocketResponse message.
                 * @member {string} message
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @instance
                 */
                WebSocketResponse.prototype.message = "";

                /**
                 * WebSocketResponse headers.
                 * @member {Array.<string>} headers
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @instance
                 */
                WebSocketResponse.prototype.headers = $util.emptyArray;

                /**
                 * WebSocketResponse body.
                 * @member {Uint8Array|null} body
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @instance
                 */
                WebSocketResponse.prototype.body = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(WebSocketResponse.prototype, "_body", {
                    get: $util.oneOfGetter($oneOfFields = ["body"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new WebSocketResponse instance using the specified properties.
                 * @function create
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @static
                 * @param {parley.relay.v1.WebSocketResponse.$Properties=} [properties] Properties to set
                 * @returns {parley.relay.v1.WebSocketResponse} WebSocketResponse instance
                 * @type {{
                 *   (properties: parley.relay.v1.WebSocketResponse.$Shape): parley.relay.v1.WebSocketResponse & parley.relay.v1.WebSocketResponse.$Shape;
                 *   (properties?: parley.relay.v1.WebSocketResponse.$Properties): parley.relay.v1.WebSocketResponse;
                 * }}
                 */
                WebSocketResponse.create = function(properties) {
                    return new WebSocketResponse(properties);
                };

                /**
                 * Encodes the specified WebSocketResponse message. Does not implicitly {@link parley.relay.v1.WebSocketResponse.verify|verify} messages.
                 * @function encode
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @static
                 * @param {parley.relay.v1.WebSocketResponse.$Properties} message WebSocketResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WebSocketResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.status);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                    if (message.headers != null && message.headers.length)
                        for (let i = 0; i < message.headers.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.headers[i]);
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.body);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WebSocketResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.relay.v1.WebSocketResponse & parley.relay.v1.WebSocketResponse.$Shape} WebSocketResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WebSocketResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.relay.v1.WebSocketResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.headers && message.headers.length))
                                    message.headers = [];
                                message.headers.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.body = reader.bytes();
                                message._body = "body";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a WebSocketResponse message.
                 * @function verify
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WebSocketResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                            return "id: integer|Long expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (!$util.isInteger(message.status))
                            return "status: integer expected";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        if (!$util.isString(message.message))
                            return "message: string expected";
                    if (message.headers != null && $Object.hasOwnProperty.call(message, "headers")) {
                        if (!$Array.isArray(message.headers))
                            return "headers: array expected";
                        for (let i = 0; i < message.headers.length; ++i)
                            if (!$util.isString(message.headers[i]))
                                return "headers: string[] expected";
                    }
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body")) {
                        properties._body = 1;
                        if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                            return "body: buffer expected";
                    }
                    return null;
                };

                /**
                 * Creates a WebSocketResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.relay.v1.WebSocketResponse} WebSocketResponse
                 */
                WebSocketResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.relay.v1.WebSocketResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.relay.v1.WebSocketResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.relay.v1.WebSocketResponse();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.status != null)
                        if ($Number(object.status) !== 0)
                            message.status = object.status >>> 0;
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    if (object.headers) {
                        if (!$Array.isArray(object.headers))
                            throw $TypeError(".parley.relay.v1.WebSocketResponse.headers: array expected");
                        message.headers = $Array(object.headers.length);
                        for (let i = 0; i < object.headers.length; ++i)
                            message.headers[i] = $String(object.headers[i]);
                    }
                    if (object.body != null)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                    return message;
                };

                /**
                 * Creates a plain object from a WebSocketResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @static
                 * @param {parley.relay.v1.WebSocketResponse} message WebSocketResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WebSocketResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.headers = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.status = 0;
                        object.message = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.headers && message.headers.length) {
                        object.headers = $Array(message.headers.length);
                        for (let j = 0; j < message.headers.length; ++j)
                            object.headers[j] = message.headers[j];
                    }
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                    return object;
                };

                /**
                 * Converts this WebSocketResponse to JSON.
                 * @function toJSON
                 * @memberof parley.relay.v1.WebSocketResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WebSocketResponse.prototype.toJSON = function() {
                    return WebSocketResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return WebSocketResponse;
            })();

            return v1;
        })();

        return relay;
    })();

    parley.provisioning = (function() {

        /**
         * Namespace provisioning.
         * @memberof parley
         * @namespace
         */
        const provisioning = {};

        provisioning.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof parley.provisioning
             * @namespace
             */
            const v1 = {};

            v1.ProvisioningAddress = (function() {

                /**
                 * Properties of a ProvisioningAddress.
                 * @typedef {Object} parley.provisioning.v1.ProvisioningAddress.$Properties
                 * @property {string} [address] ProvisioningAddress address
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProvisioningAddress.
                 * @memberof parley.provisioning.v1
                 * @interface IProvisioningAddress
                 * @augments parley.provisioning.v1.ProvisioningAddress.$Properties
                 * @deprecated Use parley.provisioning.v1.ProvisioningAddress.$Properties instead.
                 */

                /**
                 * Shape of a ProvisioningAddress.
                 * @typedef {parley.provisioning.v1.ProvisioningAddress.$Properties} parley.provisioning.v1.ProvisioningAddress.$Shape
                 */

                /**
                 * Constructs a new ProvisioningAddress.
                 * @memberof parley.provisioning.v1
                 * @classdesc Represents a ProvisioningAddress.
                 * @constructor
                 * @param {parley.provisioning.v1.ProvisioningAddress.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProvisioningAddress = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProvisioningAddress address.
                 * @member {string} address
                 * @memberof parley.provisioning.v1.ProvisioningAddress
                 * @instance
                 */
                ProvisioningAddress.prototype.address = "";

                /**
                 * Creates a new ProvisioningAddress instance using the specified properties.
                 * @function create
                 * @memberof parley.provisioning.v1.ProvisioningAddress
                 * @static
                 * @param {parley.provisioning.v1.ProvisioningAddress.$Properties=} [properties] Properties to set
                 * @returns {parley.provisioning.v1.ProvisioningAddress} ProvisioningAddress instance
                 * @type {{
                 *   (properties: parley.provisioning.v1.ProvisioningAddress.$Shape): parley.provisioning.v1.ProvisioningAddress & parley.provisioning.v1.ProvisioningAddress.$Shape;
                 *   (properties?: parley.provisioning.v1.ProvisioningAddress.$Properties): parley.provisioning.v1.ProvisioningAddress;
                 * }}
                 */
                ProvisioningAddress.create = function(properties) {
                    return new ProvisioningAddress(properties);
                };

                /**
                 * Encodes the specified ProvisioningAddress message. Does not implicitly {@link parley.provisioning.v1.ProvisioningAddress.verify|verify} messages.
                 * @function encode
                 * @memberof parley.provisioning.v1.ProvisioningAddress
                 * @static
                 * @param {parley.provisioning.v1.ProvisioningAddress.$Properties} message ProvisioningAddress message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProvisioningAddress.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProvisioningAddress message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.provisioning.v1.ProvisioningAddress
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.provisioning.v1.ProvisioningAddress & parley.provisioning.v1.ProvisioningAddress.$Shape} ProvisioningAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProvisioningAddress.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.provisioning.v1.ProvisioningAddress();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.address = value;
                                else
                                    delete message.address;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ProvisioningAddress message.
                 * @function verify
                 * @memberof parley.provisioning.v1.ProvisioningAddress
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProvisioningAddress.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        if (!$util.isString(message.address))
                            return "address: string expected";
                    return null;
                };

                /**
                 * Creates a ProvisioningAddress message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.provisioning.v1.ProvisioningAddress
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.provisioning.v1.ProvisioningAddress} ProvisioningAddress
                 */
                ProvisioningAddress.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.provisioning.v1.ProvisioningAddress)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.provisioning.v1.ProvisioningAddress: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.provisioning.v1.ProvisioningAddress();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    return message;
                };

                /**
                 * Creates a plain object from a ProvisioningAddress message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.provisioning.v1.ProvisioningAddress
                 * @static
                 * @param {parley.provisioning.v1.ProvisioningAddress} message ProvisioningAddress
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProvisioningAddress.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.address = "";
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    return object;
                };

                /**
                 * Converts this ProvisioningAddress to JSON.
                 * @function toJSON
                 * @memberof parley.provisioning.v1.ProvisioningAddress
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProvisioningAddress.prototype.toJSON = function() {
                    return ProvisioningAddress.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ProvisioningAddress;
            })();

            v1.ProvisionEnvelope = (function() {

                /**
                 * Properties of a ProvisionEnvelope.
                 * @typedef {Object} parley.provisioning.v1.ProvisionEnvelope.$Properties
                 * @property {Uint8Array} [publicKey] ProvisionEnvelope publicKey
                 * @property {Uint8Array} [body] ProvisionEnvelope body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProvisionEnvelope.
                 * @memberof parley.provisioning.v1
                 * @interface IProvisionEnvelope
                 * @augments parley.provisioning.v1.ProvisionEnvelope.$Properties
                 * @deprecated Use parley.provisioning.v1.ProvisionEnvelope.$Properties instead.
                 */

                /**
                 * Shape of a ProvisionEnvelope.
                 * @typedef {parley.provisioning.v1.ProvisionEnvelope.$Properties} parley.provisioning.v1.ProvisionEnvelope.$Shape
                 */

                /**
                 * Constructs a new ProvisionEnvelope.
                 * @memberof parley.provisioning.v1
                 * @classdesc Represents a ProvisionEnvelope.
                 * @constructor
                 * @param {parley.provisioning.v1.ProvisionEnvelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProvisionEnvelope = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProvisionEnvelope publicKey.
                 * @member {Uint8Array} publicKey
                 * @memberof parley.provisioning.v1.ProvisionEnvelope
                 * @instance
                 */
                ProvisionEnvelope.prototype.publicKey = $util.newBuffer([]);

                /**
                 * ProvisionEnvelope body.
                 * @member {Uint8Array} body
                 * @memberof parley.provisioning.v1.ProvisionEnvelope
                 * @instance
                 */
                ProvisionEnvelope.prototype.body = $util.newBuffer([]);

                /**
                 * Creates a new ProvisionEnvelope instance using the specified properties.
                 * @function create
                 * @memberof parley.provisioning.v1.ProvisionEnvelope
                 * @static
                 * @param {parley.provisioning.v1.ProvisionEnvelope.$Properties=} [properties] Properties to set
                 * @returns {parley.provisioning.v1.ProvisionEnvelope} ProvisionEnvelope instance
                 * @type {{
                 *   (properties: parley.provisioning.v1.ProvisionEnvelope.$Shape): parley.provisioning.v1.ProvisionEnvelope & parley.provisioning.v1.ProvisionEnvelope.$Shape;
                 *   (properties?: parley.provisioning.v1.ProvisionEnvelope.$Properties): parley.provisioning.v1.ProvisionEnvelope;
                 * }}
                 */
                ProvisionEnvelope.create = function(properties) {
                    return new ProvisionEnvelope(properties);
                };

                /**
                 * Encodes the specified ProvisionEnvelope message. Does not implicitly {@link parley.provisioning.v1.ProvisionEnvelope.verify|verify} messages.
                 * @function encode
                 * @memberof parley.provisioning.v1.ProvisionEnvelope
                 * @static
                 * @param {parley.provisioning.v1.ProvisionEnvelope.$Properties} message ProvisionEnvelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProvisionEnvelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.publicKey);
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.body);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProvisionEnvelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.provisioning.v1.ProvisionEnvelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.provisioning.v1.ProvisionEnvelope & parley.provisioning.v1.ProvisionEnvelope.$Shape} ProvisionEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProvisionEnvelope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.provisioning.v1.ProvisionEnvelope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.publicKey = value;
                                else
                                    delete message.publicKey;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.body = value;
                                else
                                    delete message.body;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ProvisionEnvelope message.
                 * @function verify
                 * @memberof parley.provisioning.v1.ProvisionEnvelope
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProvisionEnvelope.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey"))
                        if (!(message.publicKey && typeof message.publicKey.length === "number" || $util.isString(message.publicKey)))
                            return "publicKey: buffer expected";
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                            return "body: buffer expected";
                    return null;
                };

                /**
                 * Creates a ProvisionEnvelope message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.provisioning.v1.ProvisionEnvelope
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.provisioning.v1.ProvisionEnvelope} ProvisionEnvelope
                 */
                ProvisionEnvelope.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.provisioning.v1.ProvisionEnvelope)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.provisioning.v1.ProvisionEnvelope: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.provisioning.v1.ProvisionEnvelope();
                    if (object.publicKey != null)
                        if (object.publicKey.length)
                            if (typeof object.publicKey === "string")
                                $util.base64.decode(object.publicKey, message.publicKey = $util.newBuffer($util.base64.length(object.publicKey)), 0);
                            else if (object.publicKey.length >= 0)
                                message.publicKey = object.publicKey;
                    if (object.body != null)
                        if (object.body.length)
                            if (typeof object.body === "string")
                                $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                            else if (object.body.length >= 0)
                                message.body = object.body;
                    return message;
                };

                /**
                 * Creates a plain object from a ProvisionEnvelope message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.provisioning.v1.ProvisionEnvelope
                 * @static
                 * @param {parley.provisioning.v1.ProvisionEnvelope} message ProvisionEnvelope
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProvisionEnvelope.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.publicKey = "";
                        else {
                            object.publicKey = [];
                            if (options.bytes !== $Array)
                                object.publicKey = $util.newBuffer(object.publicKey);
                        }
                        if (options.bytes === $String)
                            object.body = "";
                        else {
                            object.body = [];
                            if (options.bytes !== $Array)
                                object.body = $util.newBuffer(object.body);
                        }
                    }
                    if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey"))
                        object.publicKey = options.bytes === $String ? $util.base64.encode(message.publicKey, 0, message.publicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.publicKey) : message.publicKey;
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                    return object;
                };

                /**
                 * Converts this ProvisionEnvelope to JSON.
                 * @function toJSON
                 * @memberof parley.provisioning.v1.ProvisionEnvelope
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProvisionEnvelope.prototype.toJSON = function() {
                    return ProvisionEnvelope.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ProvisionEnvelope;
            })();

            v1.ProvisionMessage = (function() {

                /**
                 * Properties of a ProvisionMessage.
                 * @typedef {Object} parley.provisioning.v1.ProvisionMessage.$Properties
                 * @property {Uint8Array} [identityKeyPublic] ProvisionMessage identityKeyPublic
                 * @property {Uint8Array} [identityKeyPrivate] ProvisionMessage identityKeyPrivate
                 * @property {string} [accountId] ProvisionMessage accountId
                 * @property {string} [handle] ProvisionMessage handle
                 * @property {string} [linkToken] ProvisionMessage linkToken
                 * @property {Uint8Array} [profileKey] ProvisionMessage profileKey
                 * @property {number} [provisioningVersion] ProvisionMessage provisioningVersion
                 * @property {string|null} [userAgent] ProvisionMessage userAgent
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProvisionMessage.
                 * @memberof parley.provisioning.v1
                 * @interface IProvisionMessage
                 * @augments parley.provisioning.v1.ProvisionMessage.$Properties
                 * @deprecated Use parley.provisioning.v1.ProvisionMessage.$Properties instead.
                 */

                /**
                 * Shape of a ProvisionMessage.
                 * @typedef {parley.provisioning.v1.ProvisionMessage.$Properties} parley.provisioning.v1.ProvisionMessage.$Shape
                 */

                /**
                 * Constructs a new ProvisionMessage.
                 * @memberof parley.provisioning.v1
                 * @classdesc Represents a ProvisionMessage.
                 * @constructor
                 * @param {parley.provisioning.v1.ProvisionMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProvisionMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProvisionMessage identityKeyPublic.
                 * @member {Uint8Array} identityKeyPublic
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 */
                ProvisionMessage.prototype.identityKeyPublic = $util.newBuffer([]);

                /**
                 * ProvisionMessage identityKeyPrivate.
                 * @member {Uint8Array} identityKeyPrivate
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 */
                ProvisionMessage.prototype.identityKeyPrivate = $util.newBuffer([]);

                /**
                 * ProvisionMessage accountId.
                 * @member {string} accountId
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 */
                ProvisionMessage.prototype.accountId = "";

                /**
                 * ProvisionMessage handle.
                 * @member {string} handle
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 */
                ProvisionMessage.prototype.handle = "";

                /**
                 * ProvisionMessage linkToken.
                 * @member {string} linkToken
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 */
                ProvisionMessage.prototype.linkToken = "";

                /**
                 * ProvisionMessage profileKey.
                 * @member {Uint8Array} profileKey
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 */
                ProvisionMessage.prototype.profileKey = $util.newBuffer([]);

                /**
                 * ProvisionMessage provisioningVersion.
                 * @member {number} provisioningVersion
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 */
                ProvisionMessage.prototype.provisioningVersion = 0;

                /**
                 * ProvisionMessage userAgent.
                 * @member {string|null} userAgent
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 */
                ProvisionMessage.prototype.userAgent = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ProvisionMessage.prototype, "_userAgent", {
                    get: $util.oneOfGetter($oneOfFields = ["userAgent"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ProvisionMessage instance using the specified properties.
                 * @function create
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @static
                 * @param {parley.provisioning.v1.ProvisionMessage.$Properties=} [properties] Properties to set
                 * @returns {parley.provisioning.v1.ProvisionMessage} ProvisionMessage instance
                 * @type {{
                 *   (properties: parley.provisioning.v1.ProvisionMessage.$Shape): parley.provisioning.v1.ProvisionMessage & parley.provisioning.v1.ProvisionMessage.$Shape;
                 *   (properties?: parley.provisioning.v1.ProvisionMessage.$Properties): parley.provisioning.v1.ProvisionMessage;
                 * }}
                 */
                ProvisionMessage.create = function(properties) {
                    return new ProvisionMessage(properties);
                };

                /**
                 * Encodes the specified ProvisionMessage message. Does not implicitly {@link parley.provisioning.v1.ProvisionMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @static
                 * @param {parley.provisioning.v1.ProvisionMessage.$Properties} message ProvisionMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProvisionMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.identityKeyPublic != null && $Object.hasOwnProperty.call(message, "identityKeyPublic") && message.identityKeyPublic.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.identityKeyPublic);
                    if (message.identityKeyPrivate != null && $Object.hasOwnProperty.call(message, "identityKeyPrivate") && message.identityKeyPrivate.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.identityKeyPrivate);
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.accountId);
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle") && message.handle !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.handle);
                    if (message.linkToken != null && $Object.hasOwnProperty.call(message, "linkToken") && message.linkToken !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.linkToken);
                    if (message.profileKey != null && $Object.hasOwnProperty.call(message, "profileKey") && message.profileKey.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.profileKey);
                    if (message.provisioningVersion != null && $Object.hasOwnProperty.call(message, "provisioningVersion") && message.provisioningVersion !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.provisioningVersion);
                    if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.userAgent);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProvisionMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.provisioning.v1.ProvisionMessage & parley.provisioning.v1.ProvisionMessage.$Shape} ProvisionMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProvisionMessage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.provisioning.v1.ProvisionMessage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.identityKeyPublic = value;
                                else
                                    delete message.identityKeyPublic;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.identityKeyPrivate = value;
                                else
                                    delete message.identityKeyPrivate;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.handle = value;
                                else
                                    delete message.handle;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.linkToken = value;
                                else
                                    delete message.linkToken;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.profileKey = value;
                                else
                                    delete message.profileKey;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.provisioningVersion = value;
                                else
                                    delete message.provisioningVersion;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.userAgent = reader.stringVerify();
                                message._userAgent = "userAgent";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ProvisionMessage message.
                 * @function verify
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProvisionMessage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.identityKeyPublic != null && $Object.hasOwnProperty.call(message, "identityKeyPublic"))
                        if (!(message.identityKeyPublic && typeof message.identityKeyPublic.length === "number" || $util.isString(message.identityKeyPublic)))
                            return "identityKeyPublic: buffer expected";
                    if (message.identityKeyPrivate != null && $Object.hasOwnProperty.call(message, "identityKeyPrivate"))
                        if (!(message.identityKeyPrivate && typeof message.identityKeyPrivate.length === "number" || $util.isString(message.identityKeyPrivate)))
                            return "identityKeyPrivate: buffer expected";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        if (!$util.isString(message.handle))
                            return "handle: string expected";
                    if (message.linkToken != null && $Object.hasOwnProperty.call(message, "linkToken"))
                        if (!$util.isString(message.linkToken))
                            return "linkToken: string expected";
                    if (message.profileKey != null && $Object.hasOwnProperty.call(message, "profileKey"))
                        if (!(message.profileKey && typeof message.profileKey.length === "number" || $util.isString(message.profileKey)))
                            return "profileKey: buffer expected";
                    if (message.provisioningVersion != null && $Object.hasOwnProperty.call(message, "provisioningVersion"))
                        if (!$util.isInteger(message.provisioningVersion))
                            return "provisioningVersion: integer expected";
                    if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent")) {
                        properties._userAgent = 1;
                        if (!$util.isString(message.userAgent))
                            return "userAgent: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a ProvisionMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.provisioning.v1.ProvisionMessage} ProvisionMessage
                 */
                ProvisionMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.provisioning.v1.ProvisionMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.provisioning.v1.ProvisionMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.provisioning.v1.ProvisionMessage();
                    if (object.identityKeyPublic != null)
                        if (object.identityKeyPublic.length)
                            if (typeof object.identityKeyPublic === "string")
                                $util.base64.decode(object.identityKeyPublic, message.identityKeyPublic = $util.newBuffer($util.base64.length(object.identityKeyPublic)), 0);
                            else if (object.identityKeyPublic.length >= 0)
                                message.identityKeyPublic = object.identityKeyPublic;
                    if (object.identityKeyPrivate != null)
                        if (object.identityKeyPrivate.length)
                            if (typeof object.identityKeyPrivate === "string")
                                $util.base64.decode(object.identityKeyPrivate, message.identityKeyPrivate = $util.newBuffer($util.base64.length(object.identityKeyPrivate)), 0);
                            else if (object.identityKeyPrivate.length >= 0)
                                message.identityKeyPrivate = object.identityKeyPrivate;
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.handle != null)
                        if (typeof object.handle !== "string" || object.handle.length)
                            message.handle = $String(object.handle);
                    if (object.linkToken != null)
                        if (typeof object.linkToken !== "string" || object.linkToken.length)
                            message.linkToken = $String(object.linkToken);
                    if (object.profileKey != null)
                        if (object.profileKey.length)
                            if (typeof object.profileKey === "string")
                                $util.base64.decode(object.profileKey, message.profileKey = $util.newBuffer($util.base64.length(object.profileKey)), 0);
                            else if (object.profileKey.length >= 0)
                                message.profileKey = object.profileKey;
                    if (object.provisioningVersion != null)
                        if ($Number(object.provisioningVersion) !== 0)
                            message.provisioningVersion = object.provisioningVersion >>> 0;
                    if (object.userAgent != null)
                        message.userAgent = $String(object.userAgent);
                    return message;
                };

                /**
                 * Creates a plain object from a ProvisionMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @static
                 * @param {parley.provisioning.v1.ProvisionMessage} message ProvisionMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProvisionMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.identityKeyPublic = "";
                        else {
                            object.identityKeyPublic = [];
                            if (options.bytes !== $Array)
                                object.identityKeyPublic = $util.newBuffer(object.identityKeyPublic);
                        }
                        if (options.bytes === $String)
                            object.identityKeyPrivate = "";
                        else {
                            object.identityKeyPrivate = [];
                            if (options.bytes !== $Array)
                                object.identityKeyPrivate = $util.newBuffer(object.identityKeyPrivate);
                        }
                        object.accountId = "";
                        object.handle = "";
                        object.linkToken = "";
                        if (options.bytes === $String)
                            object.profileKey = "";
                        else {
                            object.profileKey = [];
                            if (options.bytes !== $Array)
                                object.profileKey = $util.newBuffer(object.profileKey);
                        }
                        object.provisioningVersion = 0;
                    }
                    if (message.identityKeyPublic != null && $Object.hasOwnProperty.call(message, "identityKeyPublic"))
                        object.identityKeyPublic = options.bytes === $String ? $util.base64.encode(message.identityKeyPublic, 0, message.identityKeyPublic.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.identityKeyPublic) : message.identityKeyPublic;
                    if (message.identityKeyPrivate != null && $Object.hasOwnProperty.call(message, "identityKeyPrivate"))
                        object.identityKeyPrivate = options.bytes === $String ? $util.base64.encode(message.identityKeyPrivate, 0, message.identityKeyPrivate.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.identityKeyPrivate) : message.identityKeyPrivate;
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                        object.handle = message.handle;
                    if (message.linkToken != null && $Object.hasOwnProperty.call(message, "linkToken"))
                        object.linkToken = message.linkToken;
                    if (message.profileKey != null && $Object.hasOwnProperty.call(message, "profileKey"))
                        object.profileKey = options.bytes === $String ? $util.base64.encode(message.profileKey, 0, message.profileKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.profileKey) : message.profileKey;
                    if (message.provisioningVersion != null && $Object.hasOwnProperty.call(message, "provisioningVersion"))
                        object.provisioningVersion = message.provisioningVersion;
                    if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent"))
                        object.userAgent = message.userAgent;
                    return object;
                };

                /**
                 * Converts this ProvisionMessage to JSON.
                 * @function toJSON
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProvisionMessage.prototype.toJSON = function() {
                    return ProvisionMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ProvisionMessage;
            })();

            return v1;
        })();

        return provisioning;
    })();

    return parley;
})();

export {
  $root as default
};
