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
                 * @property {parley.provisioning.v1.HistoryPointer.$Properties|null} [history] ProvisionMessage history
                 * @property {parley.provisioning.v1.ProvisionBusiness.$Properties|null} [business] ProvisionMessage business
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

                /**
                 * ProvisionMessage history.
                 * @member {parley.provisioning.v1.HistoryPointer|null} history
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 */
                ProvisionMessage.prototype.history = null;

                /**
                 * ProvisionMessage business.
                 * @member {parley.provisioning.v1.ProvisionBusiness|null} business
                 * @memberof parley.provisioning.v1.ProvisionMessage
                 * @instance
                 */
                ProvisionMessage.prototype.business = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ProvisionMessage.prototype, "_userAgent", {
                    get: $util.oneOfGetter($oneOfFields = ["userAgent"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ProvisionMessage.prototype, "_history", {
                    get: $util.oneOfGetter($oneOfFields = ["history"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ProvisionMessage.prototype, "_business", {
                    get: $util.oneOfGetter($oneOfFields = ["business"]),
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
                    if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                        $root.parley.provisioning.v1.HistoryPointer.encode(message.history, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.business != null && $Object.hasOwnProperty.call(message, "business"))
                        $root.parley.provisioning.v1.ProvisionBusiness.encode(message.business, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
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
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.history = $root.parley.provisioning.v1.HistoryPointer.decode(reader, reader.size(), $undefined, _depth + 1, message.history);
                                message._history = "history";
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.business = $root.parley.provisioning.v1.ProvisionBusiness.decode(reader, reader.size(), $undefined, _depth + 1, message.business);
                                message._business = "business";
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
                    if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
                        properties._history = 1;
                        {
                            let error = $root.parley.provisioning.v1.HistoryPointer.verify(message.history, _depth + 1);
                            if (error)
                                return "history." + error;
                        }
                    }
                    if (message.business != null && $Object.hasOwnProperty.call(message, "business")) {
                        properties._business = 1;
                        {
                            let error = $root.parley.provisioning.v1.ProvisionBusiness.verify(message.business, _depth + 1);
                            if (error)
                                return "business." + error;
                        }
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
                    if (object.history != null) {
                        if (!$util.isObject(object.history))
                            throw $TypeError(".parley.provisioning.v1.ProvisionMessage.history: object expected");
                        message.history = $root.parley.provisioning.v1.HistoryPointer.fromObject(object.history, _depth + 1);
                    }
                    if (object.business != null) {
                        if (!$util.isObject(object.business))
                            throw $TypeError(".parley.provisioning.v1.ProvisionMessage.business: object expected");
                        message.business = $root.parley.provisioning.v1.ProvisionBusiness.fromObject(object.business, _depth + 1);
                    }
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
                    if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                        object.history = $root.parley.provisioning.v1.HistoryPointer.toObject(message.history, options, _depth + 1);
                    if (message.business != null && $Object.hasOwnProperty.call(message, "business"))
                        object.business = $root.parley.provisioning.v1.ProvisionBusiness.toObject(message.business, options, _depth + 1);
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

            v1.ProvisionBusiness = (function() {

                /**
                 * Properties of a ProvisionBusiness.
                 * @typedef {Object} parley.provisioning.v1.ProvisionBusiness.$Properties
                 * @property {string} [name] ProvisionBusiness name
                 * @property {string} [rootPublicKey] ProvisionBusiness rootPublicKey
                 * @property {Uint8Array} [roster] ProvisionBusiness roster
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProvisionBusiness.
                 * @memberof parley.provisioning.v1
                 * @interface IProvisionBusiness
                 * @augments parley.provisioning.v1.ProvisionBusiness.$Properties
                 * @deprecated Use parley.provisioning.v1.ProvisionBusiness.$Properties instead.
                 */

                /**
                 * Shape of a ProvisionBusiness.
                 * @typedef {parley.provisioning.v1.ProvisionBusiness.$Properties} parley.provisioning.v1.ProvisionBusiness.$Shape
                 */

                /**
                 * Constructs a new ProvisionBusiness.
                 * @memberof parley.provisioning.v1
                 * @classdesc Represents a ProvisionBusiness.
                 * @constructor
                 * @param {parley.provisioning.v1.ProvisionBusiness.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProvisionBusiness = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProvisionBusiness name.
                 * @member {string} name
                 * @memberof parley.provisioning.v1.ProvisionBusiness
                 * @instance
                 */
                ProvisionBusiness.prototype.name = "";

                /**
                 * ProvisionBusiness rootPublicKey.
                 * @member {string} rootPublicKey
                 * @memberof parley.provisioning.v1.ProvisionBusiness
                 * @instance
                 */
                ProvisionBusiness.prototype.rootPublicKey = "";

                /**
                 * ProvisionBusiness roster.
                 * @member {Uint8Array} roster
                 * @memberof parley.provisioning.v1.ProvisionBusiness
                 * @instance
                 */
                ProvisionBusiness.prototype.roster = $util.newBuffer([]);

                /**
                 * Creates a new ProvisionBusiness instance using the specified properties.
                 * @function create
                 * @memberof parley.provisioning.v1.ProvisionBusiness
                 * @static
                 * @param {parley.provisioning.v1.ProvisionBusiness.$Properties=} [properties] Properties to set
                 * @returns {parley.provisioning.v1.ProvisionBusiness} ProvisionBusiness instance
                 * @type {{
                 *   (properties: parley.provisioning.v1.ProvisionBusiness.$Shape): parley.provisioning.v1.ProvisionBusiness & parley.provisioning.v1.ProvisionBusiness.$Shape;
                 *   (properties?: parley.provisioning.v1.ProvisionBusiness.$Properties): parley.provisioning.v1.ProvisionBusiness;
                 * }}
                 */
                ProvisionBusiness.create = function(properties) {
                    return new ProvisionBusiness(properties);
                };

                /**
                 * Encodes the specified ProvisionBusiness message. Does not implicitly {@link parley.provisioning.v1.ProvisionBusiness.verify|verify} messages.
                 * @function encode
                 * @memberof parley.provisioning.v1.ProvisionBusiness
                 * @static
                 * @param {parley.provisioning.v1.ProvisionBusiness.$Properties} message ProvisionBusiness message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProvisionBusiness.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.rootPublicKey != null && $Object.hasOwnProperty.call(message, "rootPublicKey") && message.rootPublicKey !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.rootPublicKey);
                    if (message.roster != null && $Object.hasOwnProperty.call(message, "roster") && message.roster.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.roster);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProvisionBusiness message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.provisioning.v1.ProvisionBusiness
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.provisioning.v1.ProvisionBusiness & parley.provisioning.v1.ProvisionBusiness.$Shape} ProvisionBusiness
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProvisionBusiness.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.provisioning.v1.ProvisionBusiness();
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
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.rootPublicKey = value;
                                else
                                    delete message.rootPublicKey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.roster = value;
                                else
                                    delete message.roster;
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
                 * Verifies a ProvisionBusiness message.
                 * @function verify
                 * @memberof parley.provisioning.v1.ProvisionBusiness
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProvisionBusiness.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.rootPublicKey != null && $Object.hasOwnProperty.call(message, "rootPublicKey"))
                        if (!$util.isString(message.rootPublicKey))
                            return "rootPublicKey: string expected";
                    if (message.roster != null && $Object.hasOwnProperty.call(message, "roster"))
                        if (!(message.roster && typeof message.roster.length === "number" || $util.isString(message.roster)))
                            return "roster: buffer expected";
                    return null;
                };

                /**
                 * Creates a ProvisionBusiness message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.provisioning.v1.ProvisionBusiness
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.provisioning.v1.ProvisionBusiness} ProvisionBusiness
                 */
                ProvisionBusiness.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.provisioning.v1.ProvisionBusiness)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.provisioning.v1.ProvisionBusiness: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.provisioning.v1.ProvisionBusiness();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.rootPublicKey != null)
                        if (typeof object.rootPublicKey !== "string" || object.rootPublicKey.length)
                            message.rootPublicKey = $String(object.rootPublicKey);
                    if (object.roster != null)
                        if (object.roster.length)
                            if (typeof object.roster === "string")
                                $util.base64.decode(object.roster, message.roster = $util.newBuffer($util.base64.length(object.roster)), 0);
                            else if (object.roster.length >= 0)
                                message.roster = object.roster;
                    return message;
                };

                /**
                 * Creates a plain object from a ProvisionBusiness message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.provisioning.v1.ProvisionBusiness
                 * @static
                 * @param {parley.provisioning.v1.ProvisionBusiness} message ProvisionBusiness
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProvisionBusiness.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.rootPublicKey = "";
                        if (options.bytes === $String)
                            object.roster = "";
                        else {
                            object.roster = [];
                            if (options.bytes !== $Array)
                                object.roster = $util.newBuffer(object.roster);
                        }
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.rootPublicKey != null && $Object.hasOwnProperty.call(message, "rootPublicKey"))
                        object.rootPublicKey = message.rootPublicKey;
                    if (message.roster != null && $Object.hasOwnProperty.call(message, "roster"))
                        object.roster = options.bytes === $String ? $util.base64.encode(message.roster, 0, message.roster.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.roster) : message.roster;
                    return object;
                };

                /**
                 * Converts this ProvisionBusiness to JSON.
                 * @function toJSON
                 * @memberof parley.provisioning.v1.ProvisionBusiness
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProvisionBusiness.prototype.toJSON = function() {
                    return ProvisionBusiness.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ProvisionBusiness;
            })();

            v1.HistoryPointer = (function() {

                /**
                 * Properties of a HistoryPointer.
                 * @typedef {Object} parley.provisioning.v1.HistoryPointer.$Properties
                 * @property {string} [blobId] HistoryPointer blobId
                 * @property {Uint8Array} [key] HistoryPointer key
                 * @property {Uint8Array} [digest] HistoryPointer digest
                 * @property {number} [plaintextSize] HistoryPointer plaintextSize
                 * @property {number} [ciphertextSize] HistoryPointer ciphertextSize
                 * @property {number} [conversations] HistoryPointer conversations
                 * @property {number} [messages] HistoryPointer messages
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HistoryPointer.
                 * @memberof parley.provisioning.v1
                 * @interface IHistoryPointer
                 * @augments parley.provisioning.v1.HistoryPointer.$Properties
                 * @deprecated Use parley.provisioning.v1.HistoryPointer.$Properties instead.
                 */

                /**
                 * Shape of a HistoryPointer.
                 * @typedef {parley.provisioning.v1.HistoryPointer.$Properties} parley.provisioning.v1.HistoryPointer.$Shape
                 */

                /**
                 * Constructs a new HistoryPointer.
                 * @memberof parley.provisioning.v1
                 * @classdesc Represents a HistoryPointer.
                 * @constructor
                 * @param {parley.provisioning.v1.HistoryPointer.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HistoryPointer = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HistoryPointer blobId.
                 * @member {string} blobId
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @instance
                 */
                HistoryPointer.prototype.blobId = "";

                /**
                 * HistoryPointer key.
                 * @member {Uint8Array} key
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @instance
                 */
                HistoryPointer.prototype.key = $util.newBuffer([]);

                /**
                 * HistoryPointer digest.
                 * @member {Uint8Array} digest
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @instance
                 */
                HistoryPointer.prototype.digest = $util.newBuffer([]);

                /**
                 * HistoryPointer plaintextSize.
                 * @member {number} plaintextSize
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @instance
                 */
                HistoryPointer.prototype.plaintextSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HistoryPointer ciphertextSize.
                 * @member {number} ciphertextSize
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @instance
                 */
                HistoryPointer.prototype.ciphertextSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HistoryPointer conversations.
                 * @member {number} conversations
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @instance
                 */
                HistoryPointer.prototype.conversations = 0;

                /**
                 * HistoryPointer messages.
                 * @member {number} messages
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @instance
                 */
                HistoryPointer.prototype.messages = 0;

                /**
                 * Creates a new HistoryPointer instance using the specified properties.
                 * @function create
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @static
                 * @param {parley.provisioning.v1.HistoryPointer.$Properties=} [properties] Properties to set
                 * @returns {parley.provisioning.v1.HistoryPointer} HistoryPointer instance
                 * @type {{
                 *   (properties: parley.provisioning.v1.HistoryPointer.$Shape): parley.provisioning.v1.HistoryPointer & parley.provisioning.v1.HistoryPointer.$Shape;
                 *   (properties?: parley.provisioning.v1.HistoryPointer.$Properties): parley.provisioning.v1.HistoryPointer;
                 * }}
                 */
                HistoryPointer.create = function(properties) {
                    return new HistoryPointer(properties);
                };

                /**
                 * Encodes the specified HistoryPointer message. Does not implicitly {@link parley.provisioning.v1.HistoryPointer.verify|verify} messages.
                 * @function encode
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @static
                 * @param {parley.provisioning.v1.HistoryPointer.$Properties} message HistoryPointer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HistoryPointer.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId") && message.blobId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.blobId);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.key);
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.digest);
                    if (message.plaintextSize != null && $Object.hasOwnProperty.call(message, "plaintextSize") && (typeof message.plaintextSize === "object" ? message.plaintextSize.low || message.plaintextSize.high : message.plaintextSize !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.plaintextSize);
                    if (message.ciphertextSize != null && $Object.hasOwnProperty.call(message, "ciphertextSize") && (typeof message.ciphertextSize === "object" ? message.ciphertextSize.low || message.ciphertextSize.high : message.ciphertextSize !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.ciphertextSize);
                    if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations") && message.conversations !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.conversations);
                    if (message.messages != null && $Object.hasOwnProperty.call(message, "messages") && message.messages !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.messages);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HistoryPointer message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.provisioning.v1.HistoryPointer & parley.provisioning.v1.HistoryPointer.$Shape} HistoryPointer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HistoryPointer.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.provisioning.v1.HistoryPointer();
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
                                    message.blobId = value;
                                else
                                    delete message.blobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.digest = value;
                                else
                                    delete message.digest;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.plaintextSize = value;
                                else
                                    delete message.plaintextSize;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.ciphertextSize = value;
                                else
                                    delete message.ciphertextSize;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.conversations = value;
                                else
                                    delete message.conversations;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.messages = value;
                                else
                                    delete message.messages;
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
                 * Verifies a HistoryPointer message.
                 * @function verify
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HistoryPointer.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId"))
                        if (!$util.isString(message.blobId))
                            return "blobId: string expected";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                        if (!(message.digest && typeof message.digest.length === "number" || $util.isString(message.digest)))
                            return "digest: buffer expected";
                    if (message.plaintextSize != null && $Object.hasOwnProperty.call(message, "plaintextSize"))
                        if (!$util.isInteger(message.plaintextSize) && !(message.plaintextSize && $util.isInteger(message.plaintextSize.low) && $util.isInteger(message.plaintextSize.high)))
                            return "plaintextSize: integer|Long expected";
                    if (message.ciphertextSize != null && $Object.hasOwnProperty.call(message, "ciphertextSize"))
                        if (!$util.isInteger(message.ciphertextSize) && !(message.ciphertextSize && $util.isInteger(message.ciphertextSize.low) && $util.isInteger(message.ciphertextSize.high)))
                            return "ciphertextSize: integer|Long expected";
                    if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations"))
                        if (!$util.isInteger(message.conversations))
                            return "conversations: integer expected";
                    if (message.messages != null && $Object.hasOwnProperty.call(message, "messages"))
                        if (!$util.isInteger(message.messages))
                            return "messages: integer expected";
                    return null;
                };

                /**
                 * Creates a HistoryPointer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.provisioning.v1.HistoryPointer} HistoryPointer
                 */
                HistoryPointer.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.provisioning.v1.HistoryPointer)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.provisioning.v1.HistoryPointer: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.provisioning.v1.HistoryPointer();
                    if (object.blobId != null)
                        if (typeof object.blobId !== "string" || object.blobId.length)
                            message.blobId = $String(object.blobId);
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.digest != null)
                        if (object.digest.length)
                            if (typeof object.digest === "string")
                                $util.base64.decode(object.digest, message.digest = $util.newBuffer($util.base64.length(object.digest)), 0);
                            else if (object.digest.length >= 0)
                                message.digest = object.digest;
                    if (object.plaintextSize != null)
                        if (typeof object.plaintextSize === "object" ? object.plaintextSize.low || object.plaintextSize.high : $Number(object.plaintextSize) !== 0)
                            if ($util.Long)
                                message.plaintextSize = $util.Long.fromValue(object.plaintextSize, true);
                            else if (typeof object.plaintextSize === "string")
                                message.plaintextSize = $parseInt(object.plaintextSize, 10);
                            else if (typeof object.plaintextSize === "number")
                                message.plaintextSize = object.plaintextSize;
                            else if (typeof object.plaintextSize === "object")
                                message.plaintextSize = new $util.LongBits(object.plaintextSize.low >>> 0, object.plaintextSize.high >>> 0).toNumber(true);
                    if (object.ciphertextSize != null)
                        if (typeof object.ciphertextSize === "object" ? object.ciphertextSize.low || object.ciphertextSize.high : $Number(object.ciphertextSize) !== 0)
                            if ($util.Long)
                                message.ciphertextSize = $util.Long.fromValue(object.ciphertextSize, true);
                            else if (typeof object.ciphertextSize === "string")
                                message.ciphertextSize = $parseInt(object.ciphertextSize, 10);
                            else if (typeof object.ciphertextSize === "number")
                                message.ciphertextSize = object.ciphertextSize;
                            else if (typeof object.ciphertextSize === "object")
                                message.ciphertextSize = new $util.LongBits(object.ciphertextSize.low >>> 0, object.ciphertextSize.high >>> 0).toNumber(true);
                    if (object.conversations != null)
                        if ($Number(object.conversations) !== 0)
                            message.conversations = object.conversations >>> 0;
                    if (object.messages != null)
                        if ($Number(object.messages) !== 0)
                            message.messages = object.messages >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a HistoryPointer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @static
                 * @param {parley.provisioning.v1.HistoryPointer} message HistoryPointer
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HistoryPointer.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.blobId = "";
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        if (options.bytes === $String)
                            object.digest = "";
                        else {
                            object.digest = [];
                            if (options.bytes !== $Array)
                                object.digest = $util.newBuffer(object.digest);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.plaintextSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.plaintextSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.ciphertextSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.ciphertextSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.conversations = 0;
                        object.messages = 0;
                    }
                    if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId"))
                        object.blobId = message.blobId;
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                        object.digest = options.bytes === $String ? $util.base64.encode(message.digest, 0, message.digest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.digest) : message.digest;
                    if (message.plaintextSize != null && $Object.hasOwnProperty.call(message, "plaintextSize"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.plaintextSize = typeof message.plaintextSize === "number" ? $BigInt(message.plaintextSize) : $util.Long.fromBits(message.plaintextSize.low >>> 0, message.plaintextSize.high >>> 0, true).toBigInt();
                        else if (typeof message.plaintextSize === "number")
                            object.plaintextSize = options.longs === $String ? $String(message.plaintextSize) : message.plaintextSize;
                        else
                            object.plaintextSize = options.longs === $String ? $util.Long.prototype.toString.call(message.plaintextSize) : options.longs === $Number ? new $util.LongBits(message.plaintextSize.low >>> 0, message.plaintextSize.high >>> 0).toNumber(true) : message.plaintextSize;
                    if (message.ciphertextSize != null && $Object.hasOwnProperty.call(message, "ciphertextSize"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.ciphertextSize = typeof message.ciphertextSize === "number" ? $BigInt(message.ciphertextSize) : $util.Long.fromBits(message.ciphertextSize.low >>> 0, message.ciphertextSize.high >>> 0, true).toBigInt();
                        else if (typeof message.ciphertextSize === "number")
                            object.ciphertextSize = options.longs === $String ? $String(message.ciphertextSize) : message.ciphertextSize;
                        else
                            object.ciphertextSize = options.longs === $String ? $util.Long.prototype.toString.call(message.ciphertextSize) : options.longs === $Number ? new $util.LongBits(message.ciphertextSize.low >>> 0, message.ciphertextSize.high >>> 0).toNumber(true) : message.ciphertextSize;
                    if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations"))
                        object.conversations = message.conversations;
                    if (message.messages != null && $Object.hasOwnProperty.call(message, "messages"))
                        object.messages = message.messages;
                    return object;
                };

                /**
                 * Converts this HistoryPointer to JSON.
                 * @function toJSON
                 * @memberof parley.provisioning.v1.HistoryPointer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HistoryPointer.prototype.toJSON = function() {
                    return HistoryPointer.toObject(this, $protobuf.util.toJSONOptions);
                };

                return HistoryPointer;
            })();

            return v1;
        })();

        return provisioning;
    })();

    parley.content = (function() {

        /**
         * Namespace content.
         * @memberof parley
         * @namespace
         */
        const content = {};

        content.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof parley.content
             * @namespace
             */
            const v1 = {};

            v1.Content = (function() {

                /**
                 * Properties of a Content.
                 * @typedef {Object} parley.content.v1.Content.$Properties
                 * @property {parley.content.v1.DataMessage.$Properties|null} [dataMessage] Content dataMessage
                 * @property {parley.content.v1.SyncMessage.$Properties|null} [syncMessage] Content syncMessage
                 * @property {parley.content.v1.ReceiptMessage.$Properties|null} [receiptMessage] Content receiptMessage
                 * @property {parley.content.v1.TypingMessage.$Properties|null} [typingMessage] Content typingMessage
                 * @property {parley.content.v1.EditMessage.$Properties|null} [editMessage] Content editMessage
                 * @property {Uint8Array|null} [decryptionErrorMessage] Content decryptionErrorMessage
                 * @property {parley.content.v1.ProfileMessage.$Properties|null} [profile] Content profile
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Content.
                 * @memberof parley.content.v1
                 * @interface IContent
                 * @augments parley.content.v1.Content.$Properties
                 * @deprecated Use parley.content.v1.Content.$Properties instead.
                 */

                /**
                 * Shape of a Content.
                 * @typedef {parley.content.v1.Content.$Properties} parley.content.v1.Content.$Shape
                 */

                /**
                 * Constructs a new Content.
                 * @memberof parley.content.v1
                 * @classdesc Represents a Content.
                 * @constructor
                 * @param {parley.content.v1.Content.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Content = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Content dataMessage.
                 * @member {parley.content.v1.DataMessage|null} dataMessage
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.dataMessage = null;

                /**
                 * Content syncMessage.
                 * @member {parley.content.v1.SyncMessage|null} syncMessage
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.syncMessage = null;

                /**
                 * Content receiptMessage.
                 * @member {parley.content.v1.ReceiptMessage|null} receiptMessage
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.receiptMessage = null;

                /**
                 * Content typingMessage.
                 * @member {parley.content.v1.TypingMessage|null} typingMessage
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.typingMessage = null;

                /**
                 * Content editMessage.
                 * @member {parley.content.v1.EditMessage|null} editMessage
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.editMessage = null;

                /**
                 * Content decryptionErrorMessage.
                 * @member {Uint8Array|null} decryptionErrorMessage
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.decryptionErrorMessage = null;

                /**
                 * Content profile.
                 * @member {parley.content.v1.ProfileMessage|null} profile
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.profile = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Content.prototype, "_dataMessage", {
                    get: $util.oneOfGetter($oneOfFields = ["dataMessage"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Content.prototype, "_syncMessage", {
                    get: $util.oneOfGetter($oneOfFields = ["syncMessage"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Content.prototype, "_receiptMessage", {
                    get: $util.oneOfGetter($oneOfFields = ["receiptMessage"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Content.prototype, "_typingMessage", {
                    get: $util.oneOfGetter($oneOfFields = ["typingMessage"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Content.prototype, "_editMessage", {
                    get: $util.oneOfGetter($oneOfFields = ["editMessage"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Content.prototype, "_decryptionErrorMessage", {
                    get: $util.oneOfGetter($oneOfFields = ["decryptionErrorMessage"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Content.prototype, "_profile", {
                    get: $util.oneOfGetter($oneOfFields = ["profile"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Content instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.Content
                 * @static
                 * @param {parley.content.v1.Content.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.Content} Content instance
                 * @type {{
                 *   (properties: parley.content.v1.Content.$Shape): parley.content.v1.Content & parley.content.v1.Content.$Shape;
                 *   (properties?: parley.content.v1.Content.$Properties): parley.content.v1.Content;
                 * }}
                 */
                Content.create = function(properties) {
                    return new Content(properties);
                };

                /**
                 * Encodes the specified Content message. Does not implicitly {@link parley.content.v1.Content.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.Content
                 * @static
                 * @param {parley.content.v1.Content.$Properties} message Content message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Content.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.dataMessage != null && $Object.hasOwnProperty.call(message, "dataMessage"))
                        $root.parley.content.v1.DataMessage.encode(message.dataMessage, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.syncMessage != null && $Object.hasOwnProperty.call(message, "syncMessage"))
                        $root.parley.content.v1.SyncMessage.encode(message.syncMessage, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.receiptMessage != null && $Object.hasOwnProperty.call(message, "receiptMessage"))
                        $root.parley.content.v1.ReceiptMessage.encode(message.receiptMessage, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.typingMessage != null && $Object.hasOwnProperty.call(message, "typingMessage"))
                        $root.parley.content.v1.TypingMessage.encode(message.typingMessage, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.editMessage != null && $Object.hasOwnProperty.call(message, "editMessage"))
                        $root.parley.content.v1.EditMessage.encode(message.editMessage, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.decryptionErrorMessage != null && $Object.hasOwnProperty.call(message, "decryptionErrorMessage"))
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.decryptionErrorMessage);
                    if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                        $root.parley.content.v1.ProfileMessage.encode(message.profile, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Content message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.Content
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.Content & parley.content.v1.Content.$Shape} Content
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Content.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.content.v1.Content();
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
                                message.dataMessage = $root.parley.content.v1.DataMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.dataMessage);
                                message._dataMessage = "dataMessage";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.syncMessage = $root.parley.content.v1.SyncMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.syncMessage);
                                message._syncMessage = "syncMessage";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.receiptMessage = $root.parley.content.v1.ReceiptMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.receiptMessage);
                                message._receiptMessage = "receiptMessage";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.typingMessage = $root.parley.content.v1.TypingMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.typingMessage);
                                message._typingMessage = "typingMessage";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.editMessage = $root.parley.content.v1.EditMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.editMessage);
                                message._editMessage = "editMessage";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.decryptionErrorMessage = reader.bytes();
                                message._decryptionErrorMessage = "decryptionErrorMessage";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.profile = $root.parley.content.v1.ProfileMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.profile);
                                message._profile = "profile";
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
                 * Verifies a Content message.
                 * @function verify
                 * @memberof parley.content.v1.Content
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Content.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.dataMessage != null && $Object.hasOwnProperty.call(message, "dataMessage")) {
                        properties._dataMessage = 1;
                        {
                            let error = $root.parley.content.v1.DataMessage.verify(message.dataMessage, _depth + 1);
                            if (error)
                                return "dataMessage." + error;
                        }
                    }
                    if (message.syncMessage != null && $Object.hasOwnProperty.call(message, "syncMessage")) {
                        properties._syncMessage = 1;
                        {
                            let error = $root.parley.content.v1.SyncMessage.verify(message.syncMessage, _depth + 1);
                            if (error)
                                return "syncMessage." + error;
                        }
                    }
                    if (message.receiptMessage != null && $Object.hasOwnProperty.call(message, "receiptMessage")) {
                        properties._receiptMessage = 1;
                        {
                            let error = $root.parley.content.v1.ReceiptMessage.verify(message.receiptMessage, _depth + 1);
                            if (error)
                                return "receiptMessage." + error;
                        }
                    }
                    if (message.typingMessage != null && $Object.hasOwnProperty.call(message, "typingMessage")) {
                        properties._typingMessage = 1;
                        {
                            let error = $root.parley.content.v1.TypingMessage.verify(message.typingMessage, _depth + 1);
                            if (error)
                                return "typingMessage." + error;
                        }
                    }
                    if (message.editMessage != null && $Object.hasOwnProperty.call(message, "editMessage")) {
                        properties._editMessage = 1;
                        {
                            let error = $root.parley.content.v1.EditMessage.verify(message.editMessage, _depth + 1);
                            if (error)
                                return "editMessage." + error;
                        }
                    }
                    if (message.decryptionErrorMessage != null && $Object.hasOwnProperty.call(message, "decryptionErrorMessage")) {
                        properties._decryptionErrorMessage = 1;
                        if (!(message.decryptionErrorMessage && typeof message.decryptionErrorMessage.length === "number" || $util.isString(message.decryptionErrorMessage)))
                            return "decryptionErrorMessage: buffer expected";
                    }
                    if (message.profile != null && $Object.hasOwnProperty.call(message, "profile")) {
                        properties._profile = 1;
                        {
                            let error = $root.parley.content.v1.ProfileMessage.verify(message.profile, _depth + 1);
                            if (error)
                                return "profile." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Content message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.Content
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.Content} Content
                 */
                Content.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.Content)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.Content: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.Content();
                    if (object.dataMessage != null) {
                        if (!$util.isObject(object.dataMessage))
                            throw $TypeError(".parley.content.v1.Content.dataMessage: object expected");
                        message.dataMessage = $root.parley.content.v1.DataMessage.fromObject(object.dataMessage, _depth + 1);
                    }
                    if (object.syncMessage != null) {
                        if (!$util.isObject(object.syncMessage))
                            throw $TypeError(".parley.content.v1.Content.syncMessage: object expected");
                        message.syncMessage = $root.parley.content.v1.SyncMessage.fromObject(object.syncMessage, _depth + 1);
                    }
                    if (object.receiptMessage != null) {
                        if (!$util.isObject(object.receiptMessage))
                            throw $TypeError(".parley.content.v1.Content.receiptMessage: object expected");
                        message.receiptMessage = $root.parley.content.v1.ReceiptMessage.fromObject(object.receiptMessage, _depth + 1);
                    }
                    if (object.typingMessage != null) {
                        if (!$util.isObject(object.typingMessage))
                            throw $TypeError(".parley.content.v1.Content.typingMessage: object expected");
                        message.typingMessage = $root.parley.content.v1.TypingMessage.fromObject(object.typingMessage, _depth + 1);
                    }
                    if (object.editMessage != null) {
                        if (!$util.isObject(object.editMessage))
                            throw $TypeError(".parley.content.v1.Content.editMessage: object expected");
                        message.editMessage = $root.parley.content.v1.EditMessage.fromObject(object.editMessage, _depth + 1);
                    }
                    if (object.decryptionErrorMessage != null)
                        if (typeof object.decryptionErrorMessage === "string")
                            $util.base64.decode(object.decryptionErrorMessage, message.decryptionErrorMessage = $util.newBuffer($util.base64.length(object.decryptionErrorMessage)), 0);
                        else if (object.decryptionErrorMessage.length >= 0)
                            message.decryptionErrorMessage = object.decryptionErrorMessage;
                    if (object.profile != null) {
                        if (!$util.isObject(object.profile))
                            throw $TypeError(".parley.content.v1.Content.profile: object expected");
                        message.profile = $root.parley.content.v1.ProfileMessage.fromObject(object.profile, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Content message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.Content
                 * @static
                 * @param {parley.content.v1.Content} message Content
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Content.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.dataMessage != null && $Object.hasOwnProperty.call(message, "dataMessage"))
                        object.dataMessage = $root.parley.content.v1.DataMessage.toObject(message.dataMessage, options, _depth + 1);
                    if (message.syncMessage != null && $Object.hasOwnProperty.call(message, "syncMessage"))
                        object.syncMessage = $root.parley.content.v1.SyncMessage.toObject(message.syncMessage, options, _depth + 1);
                    if (message.receiptMessage != null && $Object.hasOwnProperty.call(message, "receiptMessage"))
                        object.receiptMessage = $root.parley.content.v1.ReceiptMessage.toObject(message.receiptMessage, options, _depth + 1);
                    if (message.typingMessage != null && $Object.hasOwnProperty.call(message, "typingMessage"))
                        object.typingMessage = $root.parley.content.v1.TypingMessage.toObject(message.typingMessage, options, _depth + 1);
                    if (message.editMessage != null && $Object.hasOwnProperty.call(message, "editMessage"))
                        object.editMessage = $root.parley.content.v1.EditMessage.toObject(message.editMessage, options, _depth + 1);
                    if (message.decryptionErrorMessage != null && $Object.hasOwnProperty.call(message, "decryptionErrorMessage"))
                        object.decryptionErrorMessage = options.bytes === $String ? $util.base64.encode(message.decryptionErrorMessage, 0, message.decryptionErrorMessage.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.decryptionErrorMessage) : message.decryptionErrorMessage;
                    if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                        object.profile = $root.parley.content.v1.ProfileMessage.toObject(message.profile, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this Content to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.Content
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Content.prototype.toJSON = function() {
                    return Content.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Content;
            })();

            v1.ProfileMessage = (function() {

                /**
                 * Properties of a ProfileMessage.
                 * @typedef {Object} parley.content.v1.ProfileMessage.$Properties
                 * @property {string} [name] ProfileMessage name
                 * @property {string|null} [avatarDataUrl] ProfileMessage avatarDataUrl
                 * @property {number} [timestamp] ProfileMessage timestamp
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProfileMessage.
                 * @memberof parley.content.v1
                 * @interface IProfileMessage
                 * @augments parley.content.v1.ProfileMessage.$Properties
                 * @deprecated Use parley.content.v1.ProfileMessage.$Properties instead.
                 */

                /**
                 * Shape of a ProfileMessage.
                 * @typedef {parley.content.v1.ProfileMessage.$Properties} parley.content.v1.ProfileMessage.$Shape
                 */

                /**
                 * Constructs a new ProfileMessage.
                 * @memberof parley.content.v1
                 * @classdesc Represents a ProfileMessage.
                 * @constructor
                 * @param {parley.content.v1.ProfileMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProfileMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProfileMessage name.
                 * @member {string} name
                 * @memberof parley.content.v1.ProfileMessage
                 * @instance
                 */
                ProfileMessage.prototype.name = "";

                /**
                 * ProfileMessage avatarDataUrl.
                 * @member {string|null} avatarDataUrl
                 * @memberof parley.content.v1.ProfileMessage
                 * @instance
                 */
                ProfileMessage.prototype.avatarDataUrl = null;

                /**
                 * ProfileMessage timestamp.
                 * @member {number} timestamp
                 * @memberof parley.content.v1.ProfileMessage
                 * @instance
                 */
                ProfileMessage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ProfileMessage.prototype, "_avatarDataUrl", {
                    get: $util.oneOfGetter($oneOfFields = ["avatarDataUrl"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ProfileMessage instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.ProfileMessage
                 * @static
                 * @param {parley.content.v1.ProfileMessage.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.ProfileMessage} ProfileMessage instance
                 * @type {{
                 *   (properties: parley.content.v1.ProfileMessage.$Shape): parley.content.v1.ProfileMessage & parley.content.v1.ProfileMessage.$Shape;
                 *   (properties?: parley.content.v1.ProfileMessage.$Properties): parley.content.v1.ProfileMessage;
                 * }}
                 */
                ProfileMessage.create = function(properties) {
                    return new ProfileMessage(properties);
                };

                /**
                 * Encodes the specified ProfileMessage message. Does not implicitly {@link parley.content.v1.ProfileMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.ProfileMessage
                 * @static
                 * @param {parley.content.v1.ProfileMessage.$Properties} message ProfileMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProfileMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.avatarDataUrl != null && $Object.hasOwnProperty.call(message, "avatarDataUrl"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.avatarDataUrl);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.timestamp);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProfileMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.ProfileMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.ProfileMessage & parley.content.v1.ProfileMessage.$Shape} ProfileMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProfileMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.ProfileMessage();
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
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.avatarDataUrl = reader.stringVerify();
                                message._avatarDataUrl = "avatarDataUrl";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timestamp = value;
                                else
                                    delete message.timestamp;
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
                 * Verifies a ProfileMessage message.
                 * @function verify
                 * @memberof parley.content.v1.ProfileMessage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProfileMessage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.avatarDataUrl != null && $Object.hasOwnProperty.call(message, "avatarDataUrl")) {
                        properties._avatarDataUrl = 1;
                        if (!$util.isString(message.avatarDataUrl))
                            return "avatarDataUrl: string expected";
                    }
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                            return "timestamp: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a ProfileMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.ProfileMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.ProfileMessage} ProfileMessage
                 */
                ProfileMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.ProfileMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.ProfileMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.ProfileMessage();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.avatarDataUrl != null)
                        message.avatarDataUrl = $String(object.avatarDataUrl);
                    if (object.timestamp != null)
                        if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                            if ($util.Long)
                                message.timestamp = $util.Long.fromValue(object.timestamp, true);
                            else if (typeof object.timestamp === "string")
                                message.timestamp = $parseInt(object.timestamp, 10);
                            else if (typeof object.timestamp === "number")
                                message.timestamp = object.timestamp;
                            else if (typeof object.timestamp === "object")
                                message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a ProfileMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.ProfileMessage
                 * @static
                 * @param {parley.content.v1.ProfileMessage} message ProfileMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProfileMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.name = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.avatarDataUrl != null && $Object.hasOwnProperty.call(message, "avatarDataUrl"))
                        object.avatarDataUrl = message.avatarDataUrl;
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, true).toBigInt();
                        else if (typeof message.timestamp === "number")
                            object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                        else
                            object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber(true) : message.timestamp;
                    return object;
                };

                /**
                 * Converts this ProfileMessage to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.ProfileMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProfileMessage.prototype.toJSON = function() {
                    return ProfileMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ProfileMessage;
            })();

            v1.AttachmentPointer = (function() {

                /**
                 * Properties of an AttachmentPointer.
                 * @typedef {Object} parley.content.v1.AttachmentPointer.$Properties
                 * @property {string} [blobId] AttachmentPointer blobId
                 * @property {Uint8Array} [key] AttachmentPointer key
                 * @property {Uint8Array} [digest] AttachmentPointer digest
                 * @property {number} [size] AttachmentPointer size
                 * @property {string} [contentType] AttachmentPointer contentType
                 * @property {string|null} [fileName] AttachmentPointer fileName
                 * @property {number|null} [width] AttachmentPointer width
                 * @property {number|null} [height] AttachmentPointer height
                 * @property {number|null} [durationMs] AttachmentPointer durationMs
                 * @property {boolean} [voiceNote] AttachmentPointer voiceNote
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttachmentPointer.
                 * @memberof parley.content.v1
                 * @interface IAttachmentPointer
                 * @augments parley.content.v1.AttachmentPointer.$Properties
                 * @deprecated Use parley.content.v1.AttachmentPointer.$Properties instead.
                 */

                /**
                 * Shape of an AttachmentPointer.
                 * @typedef {parley.content.v1.AttachmentPointer.$Properties} parley.content.v1.AttachmentPointer.$Shape
                 */

                /**
                 * Constructs a new AttachmentPointer.
                 * @memberof parley.content.v1
                 * @classdesc Represents an AttachmentPointer.
                 * @constructor
                 * @param {parley.content.v1.AttachmentPointer.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttachmentPointer = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AttachmentPointer blobId.
                 * @member {string} blobId
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 */
                AttachmentPointer.prototype.blobId = "";

                /**
                 * AttachmentPointer key.
                 * @member {Uint8Array} key
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 */
                AttachmentPointer.prototype.key = $util.newBuffer([]);

                /**
                 * AttachmentPointer digest.
                 * @member {Uint8Array} digest
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 */
                AttachmentPointer.prototype.digest = $util.newBuffer([]);

                /**
                 * AttachmentPointer size.
                 * @member {number} size
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 */
                AttachmentPointer.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AttachmentPointer contentType.
                 * @member {string} contentType
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 */
                AttachmentPointer.prototype.contentType = "";

                /**
                 * AttachmentPointer fileName.
                 * @member {string|null} fileName
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 */
                AttachmentPointer.prototype.fileName = null;

                /**
                 * AttachmentPointer width.
                 * @member {number|null} width
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 */
                AttachmentPointer.prototype.width = null;

                /**
                 * AttachmentPointer height.
                 * @member {number|null} height
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 */
                AttachmentPointer.prototype.height = null;

                /**
                 * AttachmentPointer durationMs.
                 * @member {number|null} durationMs
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 */
                AttachmentPointer.prototype.durationMs = null;

                /**
                 * AttachmentPointer voiceNote.
                 * @member {boolean} voiceNote
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 */
                AttachmentPointer.prototype.voiceNote = false;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(AttachmentPointer.prototype, "_fileName", {
                    get: $util.oneOfGetter($oneOfFields = ["fileName"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(AttachmentPointer.prototype, "_width", {
                    get: $util.oneOfGetter($oneOfFields = ["width"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(AttachmentPointer.prototype, "_height", {
                    get: $util.oneOfGetter($oneOfFields = ["height"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(AttachmentPointer.prototype, "_durationMs", {
                    get: $util.oneOfGetter($oneOfFields = ["durationMs"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new AttachmentPointer instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.AttachmentPointer
                 * @static
                 * @param {parley.content.v1.AttachmentPointer.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.AttachmentPointer} AttachmentPointer instance
                 * @type {{
                 *   (properties: parley.content.v1.AttachmentPointer.$Shape): parley.content.v1.AttachmentPointer & parley.content.v1.AttachmentPointer.$Shape;
                 *   (properties?: parley.content.v1.AttachmentPointer.$Properties): parley.content.v1.AttachmentPointer;
                 * }}
                 */
                AttachmentPointer.create = function(properties) {
                    return new AttachmentPointer(properties);
                };

                /**
                 * Encodes the specified AttachmentPointer message. Does not implicitly {@link parley.content.v1.AttachmentPointer.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.AttachmentPointer
                 * @static
                 * @param {parley.content.v1.AttachmentPointer.$Properties} message AttachmentPointer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttachmentPointer.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId") && message.blobId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.blobId);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.key);
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.digest);
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.size);
                    if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.contentType);
                    if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.fileName);
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.width);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.height);
                    if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.durationMs);
                    if (message.voiceNote != null && $Object.hasOwnProperty.call(message, "voiceNote") && message.voiceNote !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.voiceNote);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AttachmentPointer message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.AttachmentPointer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.AttachmentPointer & parley.content.v1.AttachmentPointer.$Shape} AttachmentPointer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttachmentPointer.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.AttachmentPointer();
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
                                    message.blobId = value;
                                else
                                    delete message.blobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.digest = value;
                                else
                                    delete message.digest;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.size = value;
                                else
                                    delete message.size;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.contentType = value;
                                else
                                    delete message.contentType;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.fileName = reader.stringVerify();
                                message._fileName = "fileName";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                message.width = reader.uint32();
                                message._width = "width";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                message.height = reader.uint32();
                                message._height = "height";
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                message.durationMs = reader.uint32();
                                message._durationMs = "durationMs";
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.voiceNote = value;
                                else
                                    delete message.voiceNote;
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
                 * Verifies an AttachmentPointer message.
                 * @function verify
                 * @memberof parley.content.v1.AttachmentPointer
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttachmentPointer.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId"))
                        if (!$util.isString(message.blobId))
                            return "blobId: string expected";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                        if (!(message.digest && typeof message.digest.length === "number" || $util.isString(message.digest)))
                            return "digest: buffer expected";
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                            return "size: integer|Long expected";
                    if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                        if (!$util.isString(message.contentType))
                            return "contentType: string expected";
                    if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName")) {
                        properties._fileName = 1;
                        if (!$util.isString(message.fileName))
                            return "fileName: string expected";
                    }
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width")) {
                        properties._width = 1;
                        if (!$util.isInteger(message.width))
                            return "width: integer expected";
                    }
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                        properties._height = 1;
                        if (!$util.isInteger(message.height))
                            return "height: integer expected";
                    }
                    if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs")) {
                        properties._durationMs = 1;
                        if (!$util.isInteger(message.durationMs))
                            return "durationMs: integer expected";
                    }
                    if (message.voiceNote != null && $Object.hasOwnProperty.call(message, "voiceNote"))
                        if (typeof message.voiceNote !== "boolean")
                            return "voiceNote: boolean expected";
                    return null;
                };

                /**
                 * Creates an AttachmentPointer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.AttachmentPointer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.AttachmentPointer} AttachmentPointer
                 */
                AttachmentPointer.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.AttachmentPointer)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.AttachmentPointer: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.AttachmentPointer();
                    if (object.blobId != null)
                        if (typeof object.blobId !== "string" || object.blobId.length)
                            message.blobId = $String(object.blobId);
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.digest != null)
                        if (object.digest.length)
                            if (typeof object.digest === "string")
                                $util.base64.decode(object.digest, message.digest = $util.newBuffer($util.base64.length(object.digest)), 0);
                            else if (object.digest.length >= 0)
                                message.digest = object.digest;
                    if (object.size != null)
                        if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                            if ($util.Long)
                                message.size = $util.Long.fromValue(object.size, true);
                            else if (typeof object.size === "string")
                                message.size = $parseInt(object.size, 10);
                            else if (typeof object.size === "number")
                                message.size = object.size;
                            else if (typeof object.size === "object")
                                message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                    if (object.contentType != null)
                        if (typeof object.contentType !== "string" || object.contentType.length)
                            message.contentType = $String(object.contentType);
                    if (object.fileName != null)
                        message.fileName = $String(object.fileName);
                    if (object.width != null)
                        message.width = object.width >>> 0;
                    if (object.height != null)
                        message.height = object.height >>> 0;
                    if (object.durationMs != null)
                        message.durationMs = object.durationMs >>> 0;
                    if (object.voiceNote != null)
                        if (object.voiceNote)
                            message.voiceNote = $Boolean(object.voiceNote);
                    return message;
                };

                /**
                 * Creates a plain object from an AttachmentPointer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.AttachmentPointer
                 * @static
                 * @param {parley.content.v1.AttachmentPointer} message AttachmentPointer
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttachmentPointer.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.blobId = "";
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        if (options.bytes === $String)
                            object.digest = "";
                        else {
                            object.digest = [];
                            if (options.bytes !== $Array)
                                object.digest = $util.newBuffer(object.digest);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.contentType = "";
                        object.voiceNote = false;
                    }
                    if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId"))
                        object.blobId = message.blobId;
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                        object.digest = options.bytes === $String ? $util.base64.encode(message.digest, 0, message.digest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.digest) : message.digest;
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                        else if (typeof message.size === "number")
                            object.size = options.longs === $String ? $String(message.size) : message.size;
                        else
                            object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                    if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                        object.contentType = message.contentType;
                    if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName"))
                        object.fileName = message.fileName;
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                        object.width = message.width;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        object.height = message.height;
                    if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                        object.durationMs = message.durationMs;
                    if (message.voiceNote != null && $Object.hasOwnProperty.call(message, "voiceNote"))
                        object.voiceNote = message.voiceNote;
                    return object;
                };

                /**
                 * Converts this AttachmentPointer to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.AttachmentPointer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttachmentPointer.prototype.toJSON = function() {
                    return AttachmentPointer.toObject(this, $protobuf.util.toJSONOptions);
                };

                return AttachmentPointer;
            })();

            v1.Quote = (function() {

                /**
                 * Properties of a Quote.
                 * @typedef {Object} parley.content.v1.Quote.$Properties
                 * @property {number} [targetSentTimestamp] Quote targetSentTimestamp
                 * @property {string} [targetAuthorAccountId] Quote targetAuthorAccountId
                 * @property {string} [text] Quote text
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Quote.
                 * @memberof parley.content.v1
                 * @interface IQuote
                 * @augments parley.content.v1.Quote.$Properties
                 * @deprecated Use parley.content.v1.Quote.$Properties instead.
                 */

                /**
                 * Shape of a Quote.
                 * @typedef {parley.content.v1.Quote.$Properties} parley.content.v1.Quote.$Shape
                 */

                /**
                 * Constructs a new Quote.
                 * @memberof parley.content.v1
                 * @classdesc Represents a Quote.
                 * @constructor
                 * @param {parley.content.v1.Quote.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Quote = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Quote targetSentTimestamp.
                 * @member {number} targetSentTimestamp
                 * @memberof parley.content.v1.Quote
                 * @instance
                 */
                Quote.prototype.targetSentTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Quote targetAuthorAccountId.
                 * @member {string} targetAuthorAccountId
                 * @memberof parley.content.v1.Quote
                 * @instance
                 */
                Quote.prototype.targetAuthorAccountId = "";

                /**
                 * Quote text.
                 * @member {string} text
                 * @memberof parley.content.v1.Quote
                 * @instance
                 */
                Quote.prototype.text = "";

                /**
                 * Creates a new Quote instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.Quote
                 * @static
                 * @param {parley.content.v1.Quote.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.Quote} Quote instance
                 * @type {{
                 *   (properties: parley.content.v1.Quote.$Shape): parley.content.v1.Quote & parley.content.v1.Quote.$Shape;
                 *   (properties?: parley.content.v1.Quote.$Properties): parley.content.v1.Quote;
                 * }}
                 */
                Quote.create = function(properties) {
                    return new Quote(properties);
                };

                /**
                 * Encodes the specified Quote message. Does not implicitly {@link parley.content.v1.Quote.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.Quote
                 * @static
                 * @param {parley.content.v1.Quote.$Properties} message Quote message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Quote.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp") && (typeof message.targetSentTimestamp === "object" ? message.targetSentTimestamp.low || message.targetSentTimestamp.high : message.targetSentTimestamp !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.targetSentTimestamp);
                    if (message.targetAuthorAccountId != null && $Object.hasOwnProperty.call(message, "targetAuthorAccountId") && message.targetAuthorAccountId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.targetAuthorAccountId);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Quote message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.Quote
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.Quote & parley.content.v1.Quote.$Shape} Quote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Quote.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.Quote();
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
                                    message.targetSentTimestamp = value;
                                else
                                    delete message.targetSentTimestamp;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.targetAuthorAccountId = value;
                                else
                                    delete message.targetAuthorAccountId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
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
                 * Verifies a Quote message.
                 * @function verify
                 * @memberof parley.content.v1.Quote
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Quote.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp"))
                        if (!$util.isInteger(message.targetSentTimestamp) && !(message.targetSentTimestamp && $util.isInteger(message.targetSentTimestamp.low) && $util.isInteger(message.targetSentTimestamp.high)))
                            return "targetSentTimestamp: integer|Long expected";
                    if (message.targetAuthorAccountId != null && $Object.hasOwnProperty.call(message, "targetAuthorAccountId"))
                        if (!$util.isString(message.targetAuthorAccountId))
                            return "targetAuthorAccountId: string expected";
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        if (!$util.isString(message.text))
                            return "text: string expected";
                    return null;
                };

                /**
                 * Creates a Quote message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.Quote
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.Quote} Quote
                 */
                Quote.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.Quote)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.Quote: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.Quote();
                    if (object.targetSentTimestamp != null)
                        if (typeof object.targetSentTimestamp === "object" ? object.targetSentTimestamp.low || object.targetSentTimestamp.high : $Number(object.targetSentTimestamp) !== 0)
                            if ($util.Long)
                                message.targetSentTimestamp = $util.Long.fromValue(object.targetSentTimestamp, true);
                            else if (typeof object.targetSentTimestamp === "string")
                                message.targetSentTimestamp = $parseInt(object.targetSentTimestamp, 10);
                            else if (typeof object.targetSentTimestamp === "number")
                                message.targetSentTimestamp = object.targetSentTimestamp;
                            else if (typeof object.targetSentTimestamp === "object")
                                message.targetSentTimestamp = new $util.LongBits(object.targetSentTimestamp.low >>> 0, object.targetSentTimestamp.high >>> 0).toNumber(true);
                    if (object.targetAuthorAccountId != null)
                        if (typeof object.targetAuthorAccountId !== "string" || object.targetAuthorAccountId.length)
                            message.targetAuthorAccountId = $String(object.targetAuthorAccountId);
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a Quote message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.Quote
                 * @static
                 * @param {parley.content.v1.Quote} message Quote
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Quote.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.targetSentTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.targetSentTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.targetAuthorAccountId = "";
                        object.text = "";
                    }
                    if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.targetSentTimestamp = typeof message.targetSentTimestamp === "number" ? $BigInt(message.targetSentTimestamp) : $util.Long.fromBits(message.targetSentTimestamp.low >>> 0, message.targetSentTimestamp.high >>> 0, true).toBigInt();
                        else if (typeof message.targetSentTimestamp === "number")
                            object.targetSentTimestamp = options.longs === $String ? $String(message.targetSentTimestamp) : message.targetSentTimestamp;
                        else
                            object.targetSentTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.targetSentTimestamp) : options.longs === $Number ? new $util.LongBits(message.targetSentTimestamp.low >>> 0, message.targetSentTimestamp.high >>> 0).toNumber(true) : message.targetSentTimestamp;
                    if (message.targetAuthorAccountId != null && $Object.hasOwnProperty.call(message, "targetAuthorAccountId"))
                        object.targetAuthorAccountId = message.targetAuthorAccountId;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this Quote to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.Quote
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Quote.prototype.toJSON = function() {
                    return Quote.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Quote;
            })();

            v1.Reaction = (function() {

                /**
                 * Properties of a Reaction.
                 * @typedef {Object} parley.content.v1.Reaction.$Properties
                 * @property {string} [emoji] Reaction emoji
                 * @property {boolean} [remove] Reaction remove
                 * @property {string} [targetAuthorAccountId] Reaction targetAuthorAccountId
                 * @property {number} [targetSentTimestamp] Reaction targetSentTimestamp
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Reaction.
                 * @memberof parley.content.v1
                 * @interface IReaction
                 * @augments parley.content.v1.Reaction.$Properties
                 * @deprecated Use parley.content.v1.Reaction.$Properties instead.
                 */

                /**
                 * Shape of a Reaction.
                 * @typedef {parley.content.v1.Reaction.$Properties} parley.content.v1.Reaction.$Shape
                 */

                /**
                 * Constructs a new Reaction.
                 * @memberof parley.content.v1
                 * @classdesc Represents a Reaction.
                 * @constructor
                 * @param {parley.content.v1.Reaction.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Reaction = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Reaction emoji.
                 * @member {string} emoji
                 * @memberof parley.content.v1.Reaction
                 * @instance
                 */
                Reaction.prototype.emoji = "";

                /**
                 * Reaction remove.
                 * @member {boolean} remove
                 * @memberof parley.content.v1.Reaction
                 * @instance
                 */
                Reaction.prototype.remove = false;

                /**
                 * Reaction targetAuthorAccountId.
                 * @member {string} targetAuthorAccountId
                 * @memberof parley.content.v1.Reaction
                 * @instance
                 */
                Reaction.prototype.targetAuthorAccountId = "";

                /**
                 * Reaction targetSentTimestamp.
                 * @member {number} targetSentTimestamp
                 * @memberof parley.content.v1.Reaction
                 * @instance
                 */
                Reaction.prototype.targetSentTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Reaction instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.Reaction
                 * @static
                 * @param {parley.content.v1.Reaction.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.Reaction} Reaction instance
                 * @type {{
                 *   (properties: parley.content.v1.Reaction.$Shape): parley.content.v1.Reaction & parley.content.v1.Reaction.$Shape;
                 *   (properties?: parley.content.v1.Reaction.$Properties): parley.content.v1.Reaction;
                 * }}
                 */
                Reaction.create = function(properties) {
                    return new Reaction(properties);
                };

                /**
                 * Encodes the specified Reaction message. Does not implicitly {@link parley.content.v1.Reaction.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.Reaction
                 * @static
                 * @param {parley.content.v1.Reaction.$Properties} message Reaction message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Reaction.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji") && message.emoji !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.emoji);
                    if (message.remove != null && $Object.hasOwnProperty.call(message, "remove") && message.remove !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.remove);
                    if (message.targetAuthorAccountId != null && $Object.hasOwnProperty.call(message, "targetAuthorAccountId") && message.targetAuthorAccountId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.targetAuthorAccountId);
                    if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp") && (typeof message.targetSentTimestamp === "object" ? message.targetSentTimestamp.low || message.targetSentTimestamp.high : message.targetSentTimestamp !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.targetSentTimestamp);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Reaction message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.Reaction
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.Reaction & parley.content.v1.Reaction.$Shape} Reaction
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Reaction.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.Reaction();
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
                                    message.emoji = value;
                                else
                                    delete message.emoji;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.remove = value;
                                else
                                    delete message.remove;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.targetAuthorAccountId = value;
                                else
                                    delete message.targetAuthorAccountId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.targetSentTimestamp = value;
                                else
                                    delete message.targetSentTimestamp;
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
                 * Verifies a Reaction message.
                 * @function verify
                 * @memberof parley.content.v1.Reaction
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Reaction.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                        if (!$util.isString(message.emoji))
                            return "emoji: string expected";
                    if (message.remove != null && $Object.hasOwnProperty.call(message, "remove"))
                        if (typeof message.remove !== "boolean")
                            return "remove: boolean expected";
                    if (message.targetAuthorAccountId != null && $Object.hasOwnProperty.call(message, "targetAuthorAccountId"))
                        if (!$util.isString(message.targetAuthorAccountId))
                            return "targetAuthorAccountId: string expected";
                    if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp"))
                        if (!$util.isInteger(message.targetSentTimestamp) && !(message.targetSentTimestamp && $util.isInteger(message.targetSentTimestamp.low) && $util.isInteger(message.targetSentTimestamp.high)))
                            return "targetSentTimestamp: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Reaction message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.Reaction
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.Reaction} Reaction
                 */
                Reaction.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.Reaction)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.Reaction: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.Reaction();
                    if (object.emoji != null)
                        if (typeof object.emoji !== "string" || object.emoji.length)
                            message.emoji = $String(object.emoji);
                    if (object.remove != null)
                        if (object.remove)
                            message.remove = $Boolean(object.remove);
                    if (object.targetAuthorAccountId != null)
                        if (typeof object.targetAuthorAccountId !== "string" || object.targetAuthorAccountId.length)
                            message.targetAuthorAccountId = $String(object.targetAuthorAccountId);
                    if (object.targetSentTimestamp != null)
                        if (typeof object.targetSentTimestamp === "object" ? object.targetSentTimestamp.low || object.targetSentTimestamp.high : $Number(object.targetSentTimestamp) !== 0)
                            if ($util.Long)
                                message.targetSentTimestamp = $util.Long.fromValue(object.targetSentTimestamp, true);
                            else if (typeof object.targetSentTimestamp === "string")
                                message.targetSentTimestamp = $parseInt(object.targetSentTimestamp, 10);
                            else if (typeof object.targetSentTimestamp === "number")
                                message.targetSentTimestamp = object.targetSentTimestamp;
                            else if (typeof object.targetSentTimestamp === "object")
                                message.targetSentTimestamp = new $util.LongBits(object.targetSentTimestamp.low >>> 0, object.targetSentTimestamp.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Reaction message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.Reaction
                 * @static
                 * @param {parley.content.v1.Reaction} message Reaction
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Reaction.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.emoji = "";
                        object.remove = false;
                        object.targetAuthorAccountId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.targetSentTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.targetSentTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                        object.emoji = message.emoji;
                    if (message.remove != null && $Object.hasOwnProperty.call(message, "remove"))
                        object.remove = message.remove;
                    if (message.targetAuthorAccountId != null && $Object.hasOwnProperty.call(message, "targetAuthorAccountId"))
                        object.targetAuthorAccountId = message.targetAuthorAccountId;
                    if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.targetSentTimestamp = typeof message.targetSentTimestamp === "number" ? $BigInt(message.targetSentTimestamp) : $util.Long.fromBits(message.targetSentTimestamp.low >>> 0, message.targetSentTimestamp.high >>> 0, true).toBigInt();
                        else if (typeof message.targetSentTimestamp === "number")
                            object.targetSentTimestamp = options.longs === $String ? $String(message.targetSentTimestamp) : message.targetSentTimestamp;
                        else
                            object.targetSentTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.targetSentTimestamp) : options.longs === $Number ? new $util.LongBits(message.targetSentTimestamp.low >>> 0, message.targetSentTimestamp.high >>> 0).toNumber(true) : message.targetSentTimestamp;
                    return object;
                };

                /**
                 * Converts this Reaction to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.Reaction
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Reaction.prototype.toJSON = function() {
                    return Reaction.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Reaction;
            })();

            v1.DataMessage = (function() {

                /**
                 * Properties of a DataMessage.
                 * @typedef {Object} parley.content.v1.DataMessage.$Properties
                 * @property {string|null} [body] DataMessage body
                 * @property {Array.<parley.content.v1.AttachmentPointer.$Properties>} [attachments] DataMessage attachments
                 * @property {number} [timestamp] DataMessage timestamp
                 * @property {Uint8Array|null} [profileKey] DataMessage profileKey
                 * @property {parley.content.v1.Quote.$Properties|null} [quote] DataMessage quote
                 * @property {parley.content.v1.Reaction.$Properties|null} [reaction] DataMessage reaction
                 * @property {number|null} [deleteTargetSentTimestamp] DataMessage deleteTargetSentTimestamp
                 * @property {string|null} [senderHandle] DataMessage senderHandle
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DataMessage.
                 * @memberof parley.content.v1
                 * @interface IDataMessage
                 * @augments parley.content.v1.DataMessage.$Properties
                 * @deprecated Use parley.content.v1.DataMessage.$Properties instead.
                 */

                /**
                 * Shape of a DataMessage.
                 * @typedef {parley.content.v1.DataMessage.$Properties} parley.content.v1.DataMessage.$Shape
                 */

                /**
                 * Constructs a new DataMessage.
                 * @memberof parley.content.v1
                 * @classdesc Represents a DataMessage.
                 * @constructor
                 * @param {parley.content.v1.DataMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DataMessage = function (properties) {
                    this.attachments = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DataMessage body.
                 * @member {string|null} body
                 * @memberof parley.content.v1.DataMessage
                 * @instance
                 */
                DataMessage.prototype.body = null;

                /**
                 * DataMessage attachments.
                 * @member {Array.<parley.content.v1.AttachmentPointer>} attachments
                 * @memberof parley.content.v1.DataMessage
                 * @instance
                 */
                DataMessage.prototype.attachments = $util.emptyArray;

                /**
                 * DataMessage timestamp.
                 * @member {number} timestamp
                 * @memberof parley.content.v1.DataMessage
                 * @instance
                 */
                DataMessage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DataMessage profileKey.
                 * @member {Uint8Array|null} profileKey
                 * @memberof parley.content.v1.DataMessage
                 * @instance
                 */
                DataMessage.prototype.profileKey = null;

                /**
                 * DataMessage quote.
                 * @member {parley.content.v1.Quote|null} quote
                 * @memberof parley.content.v1.DataMessage
                 * @instance
                 */
                DataMessage.prototype.quote = null;

                /**
                 * DataMessage reaction.
                 * @member {parley.content.v1.Reaction|null} reaction
                 * @memberof parley.content.v1.DataMessage
                 * @instance
                 */
                DataMessage.prototype.reaction = null;

                /**
                 * DataMessage deleteTargetSentTimestamp.
                 * @member {number|null} deleteTargetSentTimestamp
                 * @memberof parley.content.v1.DataMessage
                 * @instance
                 */
                DataMessage.prototype.deleteTargetSentTimestamp = null;

                /**
                 * DataMessage senderHandle.
                 * @member {string|null} senderHandle
                 * @memberof parley.content.v1.DataMessage
                 * @instance
                 */
                DataMessage.prototype.senderHandle = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DataMessage.prototype, "_body", {
                    get: $util.oneOfGetter($oneOfFields = ["body"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DataMessage.prototype, "_profileKey", {
                    get: $util.oneOfGetter($oneOfFields = ["profileKey"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DataMessage.prototype, "_quote", {
                    get: $util.oneOfGetter($oneOfFields = ["quote"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DataMessage.prototype, "_reaction", {
                    get: $util.oneOfGetter($oneOfFields = ["reaction"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DataMessage.prototype, "_deleteTargetSentTimestamp", {
                    get: $util.oneOfGetter($oneOfFields = ["deleteTargetSentTimestamp"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DataMessage.prototype, "_senderHandle", {
                    get: $util.oneOfGetter($oneOfFields = ["senderHandle"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new DataMessage instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.DataMessage
                 * @static
                 * @param {parley.content.v1.DataMessage.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.DataMessage} DataMessage instance
                 * @type {{
                 *   (properties: parley.content.v1.DataMessage.$Shape): parley.content.v1.DataMessage & parley.content.v1.DataMessage.$Shape;
                 *   (properties?: parley.content.v1.DataMessage.$Properties): parley.content.v1.DataMessage;
                 * }}
                 */
                DataMessage.create = function(properties) {
                    return new DataMessage(properties);
                };

                /**
                 * Encodes the specified DataMessage message. Does not implicitly {@link parley.content.v1.DataMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.DataMessage
                 * @static
                 * @param {parley.content.v1.DataMessage.$Properties} message DataMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DataMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.body);
                    if (message.attachments != null && message.attachments.length)
                        for (let i = 0; i < message.attachments.length; ++i)
                            $root.parley.content.v1.AttachmentPointer.encode(message.attachments[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.timestamp);
                    if (message.profileKey != null && $Object.hasOwnProperty.call(message, "profileKey"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.profileKey);
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote"))
                        $root.parley.content.v1.Quote.encode(message.quote, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.reaction != null && $Object.hasOwnProperty.call(message, "reaction"))
                        $root.parley.content.v1.Reaction.encode(message.reaction, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.deleteTargetSentTimestamp != null && $Object.hasOwnProperty.call(message, "deleteTargetSentTimestamp"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.deleteTargetSentTimestamp);
                    if (message.senderHandle != null && $Object.hasOwnProperty.call(message, "senderHandle"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.senderHandle);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DataMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.DataMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.DataMessage & parley.content.v1.DataMessage.$Shape} DataMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DataMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.DataMessage();
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
                                message.body = reader.stringVerify();
                                message._body = "body";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.attachments && message.attachments.length))
                                    message.attachments = [];
                                message.attachments.push($root.parley.content.v1.AttachmentPointer.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timestamp = value;
                                else
                                    delete message.timestamp;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.profileKey = reader.bytes();
                                message._profileKey = "profileKey";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.quote = $root.parley.content.v1.Quote.decode(reader, reader.size(), $undefined, _depth + 1, message.quote);
                                message._quote = "quote";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.reaction = $root.parley.content.v1.Reaction.decode(reader, reader.size(), $undefined, _depth + 1, message.reaction);
                                message._reaction = "reaction";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                message.deleteTargetSentTimestamp = reader.uint64();
                                message._deleteTargetSentTimestamp = "deleteTargetSentTimestamp";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.senderHandle = reader.stringVerify();
                                message._senderHandle = "senderHandle";
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
                 * Verifies a DataMessage message.
                 * @function verify
                 * @memberof parley.content.v1.DataMessage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DataMessage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body")) {
                        properties._body = 1;
                        if (!$util.isString(message.body))
                            return "body: string expected";
                    }
                    if (message.attachments != null && $Object.hasOwnProperty.call(message, "attachments")) {
                        if (!$Array.isArray(message.attachments))
                            return "attachments: array expected";
                        for (let i = 0; i < message.attachments.length; ++i) {
                            let error = $root.parley.content.v1.AttachmentPointer.verify(message.attachments[i], _depth + 1);
                            if (error)
                                return "attachments." + error;
                        }
                    }
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                            return "timestamp: integer|Long expected";
                    if (message.profileKey != null && $Object.hasOwnProperty.call(message, "profileKey")) {
                        properties._profileKey = 1;
                        if (!(message.profileKey && typeof message.profileKey.length === "number" || $util.isString(message.profileKey)))
                            return "profileKey: buffer expected";
                    }
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote")) {
                        properties._quote = 1;
                        {
                            let error = $root.parley.content.v1.Quote.verify(message.quote, _depth + 1);
                            if (error)
                                return "quote." + error;
                        }
                    }
                    if (message.reaction != null && $Object.hasOwnProperty.call(message, "reaction")) {
                        properties._reaction = 1;
                        {
                            let error = $root.parley.content.v1.Reaction.verify(message.reaction, _depth + 1);
                            if (error)
                                return "reaction." + error;
                        }
                    }
                    if (message.deleteTargetSentTimestamp != null && $Object.hasOwnProperty.call(message, "deleteTargetSentTimestamp")) {
                        properties._deleteTargetSentTimestamp = 1;
                        if (!$util.isInteger(message.deleteTargetSentTimestamp) && !(message.deleteTargetSentTimestamp && $util.isInteger(message.deleteTargetSentTimestamp.low) && $util.isInteger(message.deleteTargetSentTimestamp.high)))
                            return "deleteTargetSentTimestamp: integer|Long expected";
                    }
                    if (message.senderHandle != null && $Object.hasOwnProperty.call(message, "senderHandle")) {
                        properties._senderHandle = 1;
                        if (!$util.isString(message.senderHandle))
                            return "senderHandle: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a DataMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.DataMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.DataMessage} DataMessage
                 */
                DataMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.DataMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.DataMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.DataMessage();
                    if (object.body != null)
                        message.body = $String(object.body);
                    if (object.attachments) {
                        if (!$Array.isArray(object.attachments))
                            throw $TypeError(".parley.content.v1.DataMessage.attachments: array expected");
                        message.attachments = $Array(object.attachments.length);
                        for (let i = 0; i < object.attachments.length; ++i) {
                            if (!$util.isObject(object.attachments[i]))
                                throw $TypeError(".parley.content.v1.DataMessage.attachments: object expected");
                            message.attachments[i] = $root.parley.content.v1.AttachmentPointer.fromObject(object.attachments[i], _depth + 1);
                        }
                    }
                    if (object.timestamp != null)
                        if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                            if ($util.Long)
                                message.timestamp = $util.Long.fromValue(object.timestamp, true);
                            else if (typeof object.timestamp === "string")
                                message.timestamp = $parseInt(object.timestamp, 10);
                            else if (typeof object.timestamp === "number")
                                message.timestamp = object.timestamp;
                            else if (typeof object.timestamp === "object")
                                message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber(true);
                    if (object.profileKey != null)
                        if (typeof object.profileKey === "string")
                            $util.base64.decode(object.profileKey, message.profileKey = $util.newBuffer($util.base64.length(object.profileKey)), 0);
                        else if (object.profileKey.length >= 0)
                            message.profileKey = object.profileKey;
                    if (object.quote != null) {
                        if (!$util.isObject(object.quote))
                            throw $TypeError(".parley.content.v1.DataMessage.quote: object expected");
                        message.quote = $root.parley.content.v1.Quote.fromObject(object.quote, _depth + 1);
                    }
                    if (object.reaction != null) {
                        if (!$util.isObject(object.reaction))
                            throw $TypeError(".parley.content.v1.DataMessage.reaction: object expected");
                        message.reaction = $root.parley.content.v1.Reaction.fromObject(object.reaction, _depth + 1);
                    }
                    if (object.deleteTargetSentTimestamp != null)
                        if ($util.Long)
                            message.deleteTargetSentTimestamp = $util.Long.fromValue(object.deleteTargetSentTimestamp, true);
                        else if (typeof object.deleteTargetSentTimestamp === "string")
                            message.deleteTargetSentTimestamp = $parseInt(object.deleteTargetSentTimestamp, 10);
                        else if (typeof object.deleteTargetSentTimestamp === "number")
                            message.deleteTargetSentTimestamp = object.deleteTargetSentTimestamp;
                        else if (typeof object.deleteTargetSentTimestamp === "object")
                            message.deleteTargetSentTimestamp = new $util.LongBits(object.deleteTargetSentTimestamp.low >>> 0, object.deleteTargetSentTimestamp.high >>> 0).toNumber(true);
                    if (object.senderHandle != null)
                        message.senderHandle = $String(object.senderHandle);
                    return message;
                };

                /**
                 * Creates a plain object from a DataMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.DataMessage
                 * @static
                 * @param {parley.content.v1.DataMessage} message DataMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DataMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.attachments = [];
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        object.body = message.body;
                    if (message.attachments && message.attachments.length) {
                        object.attachments = $Array(message.attachments.length);
                        for (let j = 0; j < message.attachments.length; ++j)
                            object.attachments[j] = $root.parley.content.v1.AttachmentPointer.toObject(message.attachments[j], options, _depth + 1);
                    }
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, true).toBigInt();
                        else if (typeof message.timestamp === "number")
                            object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                        else
                            object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber(true) : message.timestamp;
                    if (message.profileKey != null && $Object.hasOwnProperty.call(message, "profileKey"))
                        object.profileKey = options.bytes === $String ? $util.base64.encode(message.profileKey, 0, message.profileKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.profileKey) : message.profileKey;
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote"))
                        object.quote = $root.parley.content.v1.Quote.toObject(message.quote, options, _depth + 1);
                    if (message.reaction != null && $Object.hasOwnProperty.call(message, "reaction"))
                        object.reaction = $root.parley.content.v1.Reaction.toObject(message.reaction, options, _depth + 1);
                    if (message.deleteTargetSentTimestamp != null && $Object.hasOwnProperty.call(message, "deleteTargetSentTimestamp"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.deleteTargetSentTimestamp = typeof message.deleteTargetSentTimestamp === "number" ? $BigInt(message.deleteTargetSentTimestamp) : $util.Long.fromBits(message.deleteTargetSentTimestamp.low >>> 0, message.deleteTargetSentTimestamp.high >>> 0, true).toBigInt();
                        else if (typeof message.deleteTargetSentTimestamp === "number")
                            object.deleteTargetSentTimestamp = options.longs === $String ? $String(message.deleteTargetSentTimestamp) : message.deleteTargetSentTimestamp;
                        else
                            object.deleteTargetSentTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.deleteTargetSentTimestamp) : options.longs === $Number ? new $util.LongBits(message.deleteTargetSentTimestamp.low >>> 0, message.deleteTargetSentTimestamp.high >>> 0).toNumber(true) : message.deleteTargetSentTimestamp;
                    if (message.senderHandle != null && $Object.hasOwnProperty.call(message, "senderHandle"))
                        object.senderHandle = message.senderHandle;
                    return object;
                };

                /**
                 * Converts this DataMessage to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.DataMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DataMessage.prototype.toJSON = function() {
                    return DataMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DataMessage;
            })();

            v1.EditMessage = (function() {

                /**
                 * Properties of an EditMessage.
                 * @typedef {Object} parley.content.v1.EditMessage.$Properties
                 * @property {number} [targetSentTimestamp] EditMessage targetSentTimestamp
                 * @property {parley.content.v1.DataMessage.$Properties} [dataMessage] EditMessage dataMessage
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EditMessage.
                 * @memberof parley.content.v1
                 * @interface IEditMessage
                 * @augments parley.content.v1.EditMessage.$Properties
                 * @deprecated Use parley.content.v1.EditMessage.$Properties instead.
                 */

                /**
                 * Shape of an EditMessage.
                 * @typedef {parley.content.v1.EditMessage.$Properties} parley.content.v1.EditMessage.$Shape
                 */

                /**
                 * Constructs a new EditMessage.
                 * @memberof parley.content.v1
                 * @classdesc Represents an EditMessage.
                 * @constructor
                 * @param {parley.content.v1.EditMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EditMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EditMessage targetSentTimestamp.
                 * @member {number} targetSentTimestamp
                 * @memberof parley.content.v1.EditMessage
                 * @instance
                 */
                EditMessage.prototype.targetSentTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EditMessage dataMessage.
                 * @member {parley.content.v1.DataMessage} dataMessage
                 * @memberof parley.content.v1.EditMessage
                 * @instance
                 */
                EditMessage.prototype.dataMessage = null;

                /**
                 * Creates a new EditMessage instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.EditMessage
                 * @static
                 * @param {parley.content.v1.EditMessage.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.EditMessage} EditMessage instance
                 * @type {{
                 *   (properties: parley.content.v1.EditMessage.$Shape): parley.content.v1.EditMessage & parley.content.v1.EditMessage.$Shape;
                 *   (properties?: parley.content.v1.EditMessage.$Properties): parley.content.v1.EditMessage;
                 * }}
                 */
                EditMessage.create = function(properties) {
                    return new EditMessage(properties);
                };

                /**
                 * Encodes the specified EditMessage message. Does not implicitly {@link parley.content.v1.EditMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.EditMessage
                 * @static
                 * @param {parley.content.v1.EditMessage.$Properties} message EditMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EditMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp") && (typeof message.targetSentTimestamp === "object" ? message.targetSentTimestamp.low || message.targetSentTimestamp.high : message.targetSentTimestamp !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.targetSentTimestamp);
                    if (message.dataMessage != null && $Object.hasOwnProperty.call(message, "dataMessage"))
                        $root.parley.content.v1.DataMessage.encode(message.dataMessage, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EditMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.EditMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.EditMessage & parley.content.v1.EditMessage.$Shape} EditMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EditMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.EditMessage();
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
                                    message.targetSentTimestamp = value;
                                else
                                    delete message.targetSentTimestamp;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.dataMessage = $root.parley.content.v1.DataMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.dataMessage);
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
                 * Verifies an EditMessage message.
                 * @function verify
                 * @memberof parley.content.v1.EditMessage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                EditMessage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp"))
                        if (!$util.isInteger(message.targetSentTimestamp) && !(message.targetSentTimestamp && $util.isInteger(message.targetSentTimestamp.low) && $util.isInteger(message.targetSentTimestamp.high)))
                            return "targetSentTimestamp: integer|Long expected";
                    if (message.dataMessage != null && $Object.hasOwnProperty.call(message, "dataMessage")) {
                        let error = $root.parley.content.v1.DataMessage.verify(message.dataMessage, _depth + 1);
                        if (error)
                            return "dataMessage." + error;
                    }
                    return null;
                };

                /**
                 * Creates an EditMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.EditMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.EditMessage} EditMessage
                 */
                EditMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.EditMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.EditMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.EditMessage();
                    if (object.targetSentTimestamp != null)
                        if (typeof object.targetSentTimestamp === "object" ? object.targetSentTimestamp.low || object.targetSentTimestamp.high : $Number(object.targetSentTimestamp) !== 0)
                            if ($util.Long)
                                message.targetSentTimestamp = $util.Long.fromValue(object.targetSentTimestamp, true);
                            else if (typeof object.targetSentTimestamp === "string")
                                message.targetSentTimestamp = $parseInt(object.targetSentTimestamp, 10);
                            else if (typeof object.targetSentTimestamp === "number")
                                message.targetSentTimestamp = object.targetSentTimestamp;
                            else if (typeof object.targetSentTimestamp === "object")
                                message.targetSentTimestamp = new $util.LongBits(object.targetSentTimestamp.low >>> 0, object.targetSentTimestamp.high >>> 0).toNumber(true);
                    if (object.dataMessage != null) {
                        if (!$util.isObject(object.dataMessage))
                            throw $TypeError(".parley.content.v1.EditMessage.dataMessage: object expected");
                        message.dataMessage = $root.parley.content.v1.DataMessage.fromObject(object.dataMessage, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an EditMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.EditMessage
                 * @static
                 * @param {parley.content.v1.EditMessage} message EditMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EditMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.targetSentTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.targetSentTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.dataMessage = null;
                    }
                    if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.targetSentTimestamp = typeof message.targetSentTimestamp === "number" ? $BigInt(message.targetSentTimestamp) : $util.Long.fromBits(message.targetSentTimestamp.low >>> 0, message.targetSentTimestamp.high >>> 0, true).toBigInt();
                        else if (typeof message.targetSentTimestamp === "number")
                            object.targetSentTimestamp = options.longs === $String ? $String(message.targetSentTimestamp) : message.targetSentTimestamp;
                        else
                            object.targetSentTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.targetSentTimestamp) : options.longs === $Number ? new $util.LongBits(message.targetSentTimestamp.low >>> 0, message.targetSentTimestamp.high >>> 0).toNumber(true) : message.targetSentTimestamp;
                    if (message.dataMessage != null && $Object.hasOwnProperty.call(message, "dataMessage"))
                        object.dataMessage = $root.parley.content.v1.DataMessage.toObject(message.dataMessage, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this EditMessage to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.EditMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EditMessage.prototype.toJSON = function() {
                    return EditMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                return EditMessage;
            })();

            v1.ReceiptMessage = (function() {

                /**
                 * Properties of a ReceiptMessage.
                 * @typedef {Object} parley.content.v1.ReceiptMessage.$Properties
                 * @property {parley.content.v1.ReceiptMessage.Type} [type] ReceiptMessage type
                 * @property {Array.<number>} [timestamps] ReceiptMessage timestamps
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReceiptMessage.
                 * @memberof parley.content.v1
                 * @interface IReceiptMessage
                 * @augments parley.content.v1.ReceiptMessage.$Properties
                 * @deprecated Use parley.content.v1.ReceiptMessage.$Properties instead.
                 */

                /**
                 * Shape of a ReceiptMessage.
                 * @typedef {parley.content.v1.ReceiptMessage.$Properties} parley.content.v1.ReceiptMessage.$Shape
                 */

                /**
                 * Constructs a new ReceiptMessage.
                 * @memberof parley.content.v1
                 * @classdesc Represents a ReceiptMessage.
                 * @constructor
                 * @param {parley.content.v1.ReceiptMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReceiptMessage = function (properties) {
                    this.timestamps = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReceiptMessage type.
                 * @member {parley.content.v1.ReceiptMessage.Type} type
                 * @memberof parley.content.v1.ReceiptMessage
                 * @instance
                 */
                ReceiptMessage.prototype.type = 0;

                /**
                 * ReceiptMessage timestamps.
                 * @member {Array.<number>} timestamps
                 * @memberof parley.content.v1.ReceiptMessage
                 * @instance
                 */
                ReceiptMessage.prototype.timestamps = $util.emptyArray;

                /**
                 * Creates a new ReceiptMessage instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.ReceiptMessage
                 * @static
                 * @param {parley.content.v1.ReceiptMessage.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.ReceiptMessage} ReceiptMessage instance
                 * @type {{
                 *   (properties: parley.content.v1.ReceiptMessage.$Shape): parley.content.v1.ReceiptMessage & parley.content.v1.ReceiptMessage.$Shape;
                 *   (properties?: parley.content.v1.ReceiptMessage.$Properties): parley.content.v1.ReceiptMessage;
                 * }}
                 */
                ReceiptMessage.create = function(properties) {
                    return new ReceiptMessage(properties);
                };

                /**
                 * Encodes the specified ReceiptMessage message. Does not implicitly {@link parley.content.v1.ReceiptMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.ReceiptMessage
                 * @static
                 * @param {parley.content.v1.ReceiptMessage.$Properties} message ReceiptMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReceiptMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.timestamps != null && message.timestamps.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.timestamps);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReceiptMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.ReceiptMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.ReceiptMessage & parley.content.v1.ReceiptMessage.$Shape} ReceiptMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReceiptMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.ReceiptMessage();
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
                                if (wireType === 2) {
                                    if (!(message.timestamps && message.timestamps.length))
                                        message.timestamps = [];
                                    reader.uint64s(message.timestamps);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.timestamps && message.timestamps.length))
                                    message.timestamps = [];
                                message.timestamps.push(reader.uint64());
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
                 * Verifies a ReceiptMessage message.
                 * @function verify
                 * @memberof parley.content.v1.ReceiptMessage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ReceiptMessage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.timestamps != null && $Object.hasOwnProperty.call(message, "timestamps")) {
                        if (!$Array.isArray(message.timestamps))
                            return "timestamps: array expected";
                        for (let i = 0; i < message.timestamps.length; ++i)
                            if (!$util.isInteger(message.timestamps[i]) && !(message.timestamps[i] && $util.isInteger(message.timestamps[i].low) && $util.isInteger(message.timestamps[i].high)))
                                return "timestamps: integer|Long[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a ReceiptMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.ReceiptMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.ReceiptMessage} ReceiptMessage
                 */
                ReceiptMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.ReceiptMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.ReceiptMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.ReceiptMessage();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.parley.content.v1.ReceiptMessage.Type[object.type] !== 0))
                        switch (object.type) {
                        case "DELIVERY":
                        case 0:
                            message.type = 0;
                            break;
                        case "READ":
                        case 1:
                            message.type = 1;
                            break;
                        case "VIEWED":
                        case 2:
                            message.type = 2;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.timestamps) {
                        if (!$Array.isArray(object.timestamps))
                            throw $TypeError(".parley.content.v1.ReceiptMessage.timestamps: array expected");
                        message.timestamps = $Array(object.timestamps.length);
                        for (let i = 0; i < object.timestamps.length; ++i)
                            if ($util.Long)
                                message.timestamps[i] = $util.Long.fromValue(object.timestamps[i], true);
                            else if (typeof object.timestamps[i] === "string")
                                message.timestamps[i] = $parseInt(object.timestamps[i], 10);
                            else if (typeof object.timestamps[i] === "number")
                                message.timestamps[i] = object.timestamps[i];
                            else if (typeof object.timestamps[i] === "object")
                                message.timestamps[i] = new $util.LongBits(object.timestamps[i].low >>> 0, object.timestamps[i].high >>> 0).toNumber(true);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ReceiptMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.ReceiptMessage
                 * @static
                 * @param {parley.content.v1.ReceiptMessage} message ReceiptMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReceiptMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.timestamps = [];
                    if (options.defaults)
                        object.type = options.enums === $String ? "DELIVERY" : 0;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.parley.content.v1.ReceiptMessage.Type[message.type] === $undefined ? message.type : $root.parley.content.v1.ReceiptMessage.Type[message.type] : message.type;
                    if (message.timestamps && message.timestamps.length) {
                        object.timestamps = $Array(message.timestamps.length);
                        for (let j = 0; j < message.timestamps.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timestamps[j] = typeof message.timestamps[j] === "number" ? $BigInt(message.timestamps[j]) : $util.Long.fromBits(message.timestamps[j].low >>> 0, message.timestamps[j].high >>> 0, true).toBigInt();
                            else if (typeof message.timestamps[j] === "number")
                                object.timestamps[j] = options.longs === $String ? $String(message.timestamps[j]) : message.timestamps[j];
                            else
                                object.timestamps[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamps[j]) : options.longs === $Number ? new $util.LongBits(message.timestamps[j].low >>> 0, message.timestamps[j].high >>> 0).toNumber(true) : message.timestamps[j];
                    }
                    return object;
                };

                /**
                 * Converts this ReceiptMessage to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.ReceiptMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReceiptMessage.prototype.toJSON = function() {
                    return ReceiptMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Type enum.
                 * @name parley.content.v1.ReceiptMessage.Type
                 * @enum {number}
                 * @property {number} DELIVERY=0 DELIVERY value
                 * @property {number} READ=1 READ value
                 * @property {number} VIEWED=2 VIEWED value
                 */
                ReceiptMessage.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "DELIVERY"] = 0;
                    values[valuesById[1] = "READ"] = 1;
                    values[valuesById[2] = "VIEWED"] = 2;
                    return values;
                })();

                return ReceiptMessage;
            })();

            v1.TypingMessage = (function() {

                /**
                 * Properties of a TypingMessage.
                 * @typedef {Object} parley.content.v1.TypingMessage.$Properties
                 * @property {number} [timestamp] TypingMessage timestamp
                 * @property {parley.content.v1.TypingMessage.Action} [action] TypingMessage action
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TypingMessage.
                 * @memberof parley.content.v1
                 * @interface ITypingMessage
                 * @augments parley.content.v1.TypingMessage.$Properties
                 * @deprecated Use parley.content.v1.TypingMessage.$Properties instead.
                 */

                /**
                 * Shape of a TypingMessage.
                 * @typedef {parley.content.v1.TypingMessage.$Properties} parley.content.v1.TypingMessage.$Shape
                 */

                /**
                 * Constructs a new TypingMessage.
                 * @memberof parley.content.v1
                 * @classdesc Represents a TypingMessage.
                 * @constructor
                 * @param {parley.content.v1.TypingMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TypingMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TypingMessage timestamp.
                 * @member {number} timestamp
                 * @memberof parley.content.v1.TypingMessage
                 * @instance
                 */
                TypingMessage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TypingMessage action.
                 * @member {parley.content.v1.TypingMessage.Action} action
                 * @memberof parley.content.v1.TypingMessage
                 * @instance
                 */
                TypingMessage.prototype.action = 0;

                /**
                 * Creates a new TypingMessage instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.TypingMessage
                 * @static
                 * @param {parley.content.v1.TypingMessage.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.TypingMessage} TypingMessage instance
                 * @type {{
                 *   (properties: parley.content.v1.TypingMessage.$Shape): parley.content.v1.TypingMessage & parley.content.v1.TypingMessage.$Shape;
                 *   (properties?: parley.content.v1.TypingMessage.$Properties): parley.content.v1.TypingMessage;
                 * }}
                 */
                TypingMessage.create = function(properties) {
                    return new TypingMessage(properties);
                };

                /**
                 * Encodes the specified TypingMessage message. Does not implicitly {@link parley.content.v1.TypingMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.TypingMessage
                 * @static
                 * @param {parley.content.v1.TypingMessage.$Properties} message TypingMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TypingMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.timestamp);
                    if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.action);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TypingMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.TypingMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.TypingMessage & parley.content.v1.TypingMessage.$Shape} TypingMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TypingMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.TypingMessage();
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
                                    message.timestamp = value;
                                else
                                    delete message.timestamp;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.action = value;
                                else
                                    delete message.action;
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
                 * Verifies a TypingMessage message.
                 * @function verify
                 * @memberof parley.content.v1.TypingMessage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TypingMessage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                            return "timestamp: integer|Long expected";
                    if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                        if (typeof message.action !== "number" || (message.action | 0) !== message.action)
                            return "action: enum value expected";
                    return null;
                };

                /**
                 * Creates a TypingMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.TypingMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.TypingMessage} TypingMessage
                 */
                TypingMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.TypingMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.TypingMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.TypingMessage();
                    if (object.timestamp != null)
                        if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                            if ($util.Long)
                                message.timestamp = $util.Long.fromValue(object.timestamp, true);
                            else if (typeof object.timestamp === "string")
                                message.timestamp = $parseInt(object.timestamp, 10);
                            else if (typeof object.timestamp === "number")
                                message.timestamp = object.timestamp;
                            else if (typeof object.timestamp === "object")
                                message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber(true);
                    if (object.action !== 0 && (typeof object.action !== "string" || $root.parley.content.v1.TypingMessage.Action[object.action] !== 0))
                        switch (object.action) {
                        case "STARTED":
                        case 0:
                            message.action = 0;
                            break;
                        case "STOPPED":
                        case 1:
                            message.action = 1;
                            break;
                        default:
                            if (typeof object.action === "number" && (object.action | 0) === object.action)
                                message.action = object.action;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from a TypingMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.TypingMessage
                 * @static
                 * @param {parley.content.v1.TypingMessage} message TypingMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TypingMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.action = options.enums === $String ? "STARTED" : 0;
                    }
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, true).toBigInt();
                        else if (typeof message.timestamp === "number")
                            object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                        else
                            object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber(true) : message.timestamp;
                    if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                        object.action = options.enums === $String ? $root.parley.content.v1.TypingMessage.Action[message.action] === $undefined ? message.action : $root.parley.content.v1.TypingMessage.Action[message.action] : message.action;
                    return object;
                };

                /**
                 * Converts this TypingMessage to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.TypingMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TypingMessage.prototype.toJSON = function() {
                    return TypingMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Action enum.
                 * @name parley.content.v1.TypingMessage.Action
                 * @enum {number}
                 * @property {number} STARTED=0 STARTED value
                 * @property {number} STOPPED=1 STOPPED value
                 */
                TypingMessage.Action = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "STARTED"] = 0;
                    values[valuesById[1] = "STOPPED"] = 1;
                    return values;
                })();

                return TypingMessage;
            })();

            v1.SyncMessage = (function() {

                /**
                 * Properties of a SyncMessage.
                 * @typedef {Object} parley.content.v1.SyncMessage.$Properties
                 * @property {parley.content.v1.SyncMessage.Sent.$Properties|null} [sent] SyncMessage sent
                 * @property {Array.<parley.content.v1.SyncMessage.Read.$Properties>} [read] SyncMessage read
                 * @property {parley.content.v1.SyncMessage.History.$Properties|null} [history] SyncMessage history
                 * @property {Array.<parley.content.v1.SyncMessage.DeleteForMe.$Properties>} [deleteForMe] SyncMessage deleteForMe
                 * @property {parley.content.v1.SyncMessage.Verified.$Properties|null} [verified] SyncMessage verified
                 * @property {parley.content.v1.SyncMessage.Console.$Properties|null} [console] SyncMessage console
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SyncMessage.
                 * @memberof parley.content.v1
                 * @interface ISyncMessage
                 * @augments parley.content.v1.SyncMessage.$Properties
                 * @deprecated Use parley.content.v1.SyncMessage.$Properties instead.
                 */

                /**
                 * Shape of a SyncMessage.
                 * @typedef {parley.content.v1.SyncMessage.$Properties} parley.content.v1.SyncMessage.$Shape
                 */

                /**
                 * Constructs a new SyncMessage.
                 * @memberof parley.content.v1
                 * @classdesc Represents a SyncMessage.
                 * @constructor
                 * @param {parley.content.v1.SyncMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SyncMessage = function (properties) {
                    this.read = [];
                    this.deleteForMe = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SyncMessage sent.
                 * @member {parley.content.v1.SyncMessage.Sent|null} sent
                 * @memberof parley.content.v1.SyncMessage
                 * @instance
                 */
                SyncMessage.prototype.sent = null;

                /**
                 * SyncMessage read.
                 * @member {Array.<parley.content.v1.SyncMessage.Read>} read
                 * @memberof parley.content.v1.SyncMessage
                 * @instance
                 */
                SyncMessage.prototype.read = $util.emptyArray;

                /**
                 * SyncMessage history.
                 * @member {parley.content.v1.SyncMessage.History|null} history
                 * @memberof parley.content.v1.SyncMessage
                 * @instance
                 */
                SyncMessage.prototype.history = null;

                /**
                 * SyncMessage deleteForMe.
                 * @member {Array.<parley.content.v1.SyncMessage.DeleteForMe>} deleteForMe
                 * @memberof parley.content.v1.SyncMessage
                 * @instance
                 */
                SyncMessage.prototype.deleteForMe = $util.emptyArray;

                /**
                 * SyncMessage verified.
                 * @member {parley.content.v1.SyncMessage.Verified|null} verified
                 * @memberof parley.content.v1.SyncMessage
                 * @instance
                 */
                SyncMessage.prototype.verified = null;

                /**
                 * SyncMessage console.
                 * @member {parley.content.v1.SyncMessage.Console|null} console
                 * @memberof parley.content.v1.SyncMessage
                 * @instance
                 */
                SyncMessage.prototype.console = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SyncMessage.prototype, "_sent", {
                    get: $util.oneOfGetter($oneOfFields = ["sent"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SyncMessage.prototype, "_history", {
                    get: $util.oneOfGetter($oneOfFields = ["history"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SyncMessage.prototype, "_verified", {
                    get: $util.oneOfGetter($oneOfFields = ["verified"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SyncMessage.prototype, "_console", {
                    get: $util.oneOfGetter($oneOfFields = ["console"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new SyncMessage instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.SyncMessage
                 * @static
                 * @param {parley.content.v1.SyncMessage.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.SyncMessage} SyncMessage instance
                 * @type {{
                 *   (properties: parley.content.v1.SyncMessage.$Shape): parley.content.v1.SyncMessage & parley.content.v1.SyncMessage.$Shape;
                 *   (properties?: parley.content.v1.SyncMessage.$Properties): parley.content.v1.SyncMessage;
                 * }}
                 */
                SyncMessage.create = function(properties) {
                    return new SyncMessage(properties);
                };

                /**
                 * Encodes the specified SyncMessage message. Does not implicitly {@link parley.content.v1.SyncMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.SyncMessage
                 * @static
                 * @param {parley.content.v1.SyncMessage.$Properties} message SyncMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SyncMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                        $root.parley.content.v1.SyncMessage.Sent.encode(message.sent, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.read != null && message.read.length)
                        for (let i = 0; i < message.read.length; ++i)
                            $root.parley.content.v1.SyncMessage.Read.encode(message.read[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                        $root.parley.content.v1.SyncMessage.History.encode(message.history, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.deleteForMe != null && message.deleteForMe.length)
                        for (let i = 0; i < message.deleteForMe.length; ++i)
                            $root.parley.content.v1.SyncMessage.DeleteForMe.encode(message.deleteForMe[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                        $root.parley.content.v1.SyncMessage.Verified.encode(message.verified, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.console != null && $Object.hasOwnProperty.call(message, "console"))
                        $root.parley.content.v1.SyncMessage.Console.encode(message.console, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SyncMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.SyncMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.SyncMessage & parley.content.v1.SyncMessage.$Shape} SyncMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SyncMessage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.content.v1.SyncMessage();
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
                                message.sent = $root.parley.content.v1.SyncMessage.Sent.decode(reader, reader.size(), $undefined, _depth + 1, message.sent);
                                message._sent = "sent";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.read && message.read.length))
                                    message.read = [];
                                message.read.push($root.parley.content.v1.SyncMessage.Read.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.history = $root.parley.content.v1.SyncMessage.History.decode(reader, reader.size(), $undefined, _depth + 1, message.history);
                                message._history = "history";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.deleteForMe && message.deleteForMe.length))
                                    message.deleteForMe = [];
                                message.deleteForMe.push($root.parley.content.v1.SyncMessage.DeleteForMe.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.verified = $root.parley.content.v1.SyncMessage.Verified.decode(reader, reader.size(), $undefined, _depth + 1, message.verified);
                                message._verified = "verified";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.console = $root.parley.content.v1.SyncMessage.Console.decode(reader, reader.size(), $undefined, _depth + 1, message.console);
                                message._console = "console";
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
                 * Verifies a SyncMessage message.
                 * @function verify
                 * @memberof parley.content.v1.SyncMessage
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SyncMessage.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.sent != null && $Object.hasOwnProperty.call(message, "sent")) {
                        properties._sent = 1;
                        {
                            let error = $root.parley.content.v1.SyncMessage.Sent.verify(message.sent, _depth + 1);
                            if (error)
                                return "sent." + error;
                        }
                    }
                    if (message.read != null && $Object.hasOwnProperty.call(message, "read")) {
                        if (!$Array.isArray(message.read))
                            return "read: array expected";
                        for (let i = 0; i < message.read.length; ++i) {
                            let error = $root.parley.content.v1.SyncMessage.Read.verify(message.read[i], _depth + 1);
                            if (error)
                                return "read." + error;
                        }
                    }
                    if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
                        properties._history = 1;
                        {
                            let error = $root.parley.content.v1.SyncMessage.History.verify(message.history, _depth + 1);
                            if (error)
                                return "history." + error;
                        }
                    }
                    if (message.deleteForMe != null && $Object.hasOwnProperty.call(message, "deleteForMe")) {
                        if (!$Array.isArray(message.deleteForMe))
                            return "deleteForMe: array expected";
                        for (let i = 0; i < message.deleteForMe.length; ++i) {
                            let error = $root.parley.content.v1.SyncMessage.DeleteForMe.verify(message.deleteForMe[i], _depth + 1);
                            if (error)
                                return "deleteForMe." + error;
                        }
                    }
                    if (message.verified != null && $Object.hasOwnProperty.call(message, "verified")) {
                        properties._verified = 1;
                        {
                            let error = $root.parley.content.v1.SyncMessage.Verified.verify(message.verified, _depth + 1);
                            if (error)
                                return "verified." + error;
                        }
                    }
                    if (message.console != null && $Object.hasOwnProperty.call(message, "console")) {
                        properties._console = 1;
                        {
                            let error = $root.parley.content.v1.SyncMessage.Console.verify(message.console, _depth + 1);
                            if (error)
                                return "console." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a SyncMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.SyncMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.SyncMessage} SyncMessage
                 */
                SyncMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.SyncMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.SyncMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.SyncMessage();
                    if (object.sent != null) {
                        if (!$util.isObject(object.sent))
                            throw $TypeError(".parley.content.v1.SyncMessage.sent: object expected");
                        message.sent = $root.parley.content.v1.SyncMessage.Sent.fromObject(object.sent, _depth + 1);
                    }
                    if (object.read) {
                        if (!$Array.isArray(object.read))
                            throw $TypeError(".parley.content.v1.SyncMessage.read: array expected");
                        message.read = $Array(object.read.length);
                        for (let i = 0; i < object.read.length; ++i) {
                            if (!$util.isObject(object.read[i]))
                                throw $TypeError(".parley.content.v1.SyncMessage.read: object expected");
                            message.read[i] = $root.parley.content.v1.SyncMessage.Read.fromObject(object.read[i], _depth + 1);
                        }
                    }
                    if (object.history != null) {
                        if (!$util.isObject(object.history))
                            throw $TypeError(".parley.content.v1.SyncMessage.history: object expected");
                        message.history = $root.parley.content.v1.SyncMessage.History.fromObject(object.history, _depth + 1);
                    }
                    if (object.deleteForMe) {
                        if (!$Array.isArray(object.deleteForMe))
                            throw $TypeError(".parley.content.v1.SyncMessage.deleteForMe: array expected");
                        message.deleteForMe = $Array(object.deleteForMe.length);
                        for (let i = 0; i < object.deleteForMe.length; ++i) {
                            if (!$util.isObject(object.deleteForMe[i]))
                                throw $TypeError(".parley.content.v1.SyncMessage.deleteForMe: object expected");
                            message.deleteForMe[i] = $root.parley.content.v1.SyncMessage.DeleteForMe.fromObject(object.deleteForMe[i], _depth + 1);
                        }
                    }
                    if (object.verified != null) {
                        if (!$util.isObject(object.verified))
                            throw $TypeError(".parley.content.v1.SyncMessage.verified: object expected");
                        message.verified = $root.parley.content.v1.SyncMessage.Verified.fromObject(object.verified, _depth + 1);
                    }
                    if (object.console != null) {
                        if (!$util.isObject(object.console))
                            throw $TypeError(".parley.content.v1.SyncMessage.console: object expected");
                        message.console = $root.parley.content.v1.SyncMessage.Console.fromObject(object.console, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SyncMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.SyncMessage
                 * @static
                 * @param {parley.content.v1.SyncMessage} message SyncMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SyncMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.read = [];
                        object.deleteForMe = [];
                    }
                    if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                        object.sent = $root.parley.content.v1.SyncMessage.Sent.toObject(message.sent, options, _depth + 1);
                    if (message.read && message.read.length) {
                        object.read = $Array(message.read.length);
                        for (let j = 0; j < message.read.length; ++j)
                            object.read[j] = $root.parley.content.v1.SyncMessage.Read.toObject(message.read[j], options, _depth + 1);
                    }
                    if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                        object.history = $root.parley.content.v1.SyncMessage.History.toObject(message.history, options, _depth + 1);
                    if (message.deleteForMe && message.deleteForMe.length) {
                        object.deleteForMe = $Array(message.deleteForMe.length);
                        for (let j = 0; j < message.deleteForMe.length; ++j)
                            object.deleteForMe[j] = $root.parley.content.v1.SyncMessage.DeleteForMe.toObject(message.deleteForMe[j], options, _depth + 1);
                    }
                    if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                        object.verified = $root.parley.content.v1.SyncMessage.Verified.toObject(message.verified, options, _depth + 1);
                    if (message.console != null && $Object.hasOwnProperty.call(message, "console"))
                        object.console = $root.parley.content.v1.SyncMessage.Console.toObject(message.console, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this SyncMessage to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.SyncMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SyncMessage.prototype.toJSON = function() {
                    return SyncMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                SyncMessage.Sent = (function() {

                    /**
                     * Properties of a Sent.
                     * @typedef {Object} parley.content.v1.SyncMessage.Sent.$Properties
                     * @property {string} [destinationAccountId] Sent destinationAccountId
                     * @property {number} [timestamp] Sent timestamp
                     * @property {parley.content.v1.DataMessage.$Properties|null} [message] Sent message
                     * @property {parley.content.v1.EditMessage.$Properties|null} [editMessage] Sent editMessage
                     * @property {Array.<parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties>} [unidentifiedStatus] Sent unidentifiedStatus
                     * @property {string|null} [destinationHandle] Sent destinationHandle
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Sent.
                     * @memberof parley.content.v1.SyncMessage
                     * @interface ISent
                     * @augments parley.content.v1.SyncMessage.Sent.$Properties
                     * @deprecated Use parley.content.v1.SyncMessage.Sent.$Properties instead.
                     */

                    /**
                     * Shape of a Sent.
                     * @typedef {parley.content.v1.SyncMessage.Sent.$Properties} parley.content.v1.SyncMessage.Sent.$Shape
                     */

                    /**
                     * Constructs a new Sent.
                     * @memberof parley.content.v1.SyncMessage
                     * @classdesc Represents a Sent.
                     * @constructor
                     * @param {parley.content.v1.SyncMessage.Sent.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Sent = function (properties) {
                        this.unidentifiedStatus = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Sent destinationAccountId.
                     * @member {string} destinationAccountId
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @instance
                     */
                    Sent.prototype.destinationAccountId = "";

                    /**
                     * Sent timestamp.
                     * @member {number} timestamp
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @instance
                     */
                    Sent.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Sent message.
                     * @member {parley.content.v1.DataMessage|null} message
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @instance
                     */
                    Sent.prototype.message = null;

                    /**
                     * Sent editMessage.
                     * @member {parley.content.v1.EditMessage|null} editMessage
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @instance
                     */
                    Sent.prototype.editMessage = null;

                    /**
                     * Sent unidentifiedStatus.
                     * @member {Array.<parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus>} unidentifiedStatus
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @instance
                     */
                    Sent.prototype.unidentifiedStatus = $util.emptyArray;

                    /**
                     * Sent destinationHandle.
                     * @member {string|null} destinationHandle
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @instance
                     */
                    Sent.prototype.destinationHandle = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Sent.prototype, "_message", {
                        get: $util.oneOfGetter($oneOfFields = ["message"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Sent.prototype, "_editMessage", {
                        get: $util.oneOfGetter($oneOfFields = ["editMessage"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Sent.prototype, "_destinationHandle", {
                        get: $util.oneOfGetter($oneOfFields = ["destinationHandle"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new Sent instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @static
                     * @param {parley.content.v1.SyncMessage.Sent.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.SyncMessage.Sent} Sent instance
                     * @type {{
                     *   (properties: parley.content.v1.SyncMessage.Sent.$Shape): parley.content.v1.SyncMessage.Sent & parley.content.v1.SyncMessage.Sent.$Shape;
                     *   (properties?: parley.content.v1.SyncMessage.Sent.$Properties): parley.content.v1.SyncMessage.Sent;
                     * }}
                     */
                    Sent.create = function(properties) {
                        return new Sent(properties);
                    };

                    /**
                     * Encodes the specified Sent message. Does not implicitly {@link parley.content.v1.SyncMessage.Sent.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @static
                     * @param {parley.content.v1.SyncMessage.Sent.$Properties} message Sent message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Sent.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.destinationAccountId != null && $Object.hasOwnProperty.call(message, "destinationAccountId") && message.destinationAccountId !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.destinationAccountId);
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestamp);
                        if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                            $root.parley.content.v1.DataMessage.encode(message.message, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.editMessage != null && $Object.hasOwnProperty.call(message, "editMessage"))
                            $root.parley.content.v1.EditMessage.encode(message.editMessage, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                        if (message.unidentifiedStatus != null && message.unidentifiedStatus.length)
                            for (let i = 0; i < message.unidentifiedStatus.length; ++i)
                                $root.parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.encode(message.unidentifiedStatus[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                        if (message.destinationHandle != null && $Object.hasOwnProperty.call(message, "destinationHandle"))
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.destinationHandle);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Sent message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.Sent & parley.content.v1.SyncMessage.Sent.$Shape} Sent
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Sent.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.SyncMessage.Sent();
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
                                        message.destinationAccountId = value;
                                    else
                                        delete message.destinationAccountId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timestamp = value;
                                    else
                                        delete message.timestamp;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.message = $root.parley.content.v1.DataMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                                    message._message = "message";
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.editMessage = $root.parley.content.v1.EditMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.editMessage);
                                    message._editMessage = "editMessage";
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.unidentifiedStatus && message.unidentifiedStatus.length))
                                        message.unidentifiedStatus = [];
                                    message.unidentifiedStatus.push($root.parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.destinationHandle = reader.stringVerify();
                                    message._destinationHandle = "destinationHandle";
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
                     * Verifies a Sent message.
                     * @function verify
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Sent.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        let properties = {};
                        if (message.destinationAccountId != null && $Object.hasOwnProperty.call(message, "destinationAccountId"))
                            if (!$util.isString(message.destinationAccountId))
                                return "destinationAccountId: string expected";
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                            if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                                return "timestamp: integer|Long expected";
                        if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                            properties._message = 1;
                            {
                                let error = $root.parley.content.v1.DataMessage.verify(message.message, _depth + 1);
                                if (error)
                                    return "message." + error;
                            }
                        }
                        if (message.editMessage != null && $Object.hasOwnProperty.call(message, "editMessage")) {
                            properties._editMessage = 1;
                            {
                                let error = $root.parley.content.v1.EditMessage.verify(message.editMessage, _depth + 1);
                                if (error)
                                    return "editMessage." + error;
                            }
                        }
                        if (message.unidentifiedStatus != null && $Object.hasOwnProperty.call(message, "unidentifiedStatus")) {
                            if (!$Array.isArray(message.unidentifiedStatus))
                                return "unidentifiedStatus: array expected";
                            for (let i = 0; i < message.unidentifiedStatus.length; ++i) {
                                let error = $root.parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.verify(message.unidentifiedStatus[i], _depth + 1);
                                if (error)
                                    return "unidentifiedStatus." + error;
                            }
                        }
                        if (message.destinationHandle != null && $Object.hasOwnProperty.call(message, "destinationHandle")) {
                            properties._destinationHandle = 1;
                            if (!$util.isString(message.destinationHandle))
                                return "destinationHandle: string expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a Sent message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.SyncMessage.Sent} Sent
                     */
                    Sent.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.SyncMessage.Sent)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.SyncMessage.Sent: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.SyncMessage.Sent();
                        if (object.destinationAccountId != null)
                            if (typeof object.destinationAccountId !== "string" || object.destinationAccountId.length)
                                message.destinationAccountId = $String(object.destinationAccountId);
                        if (object.timestamp != null)
                            if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                                if ($util.Long)
                                    message.timestamp = $util.Long.fromValue(object.timestamp, true);
                                else if (typeof object.timestamp === "string")
                                    message.timestamp = $parseInt(object.timestamp, 10);
                                else if (typeof object.timestamp === "number")
                                    message.timestamp = object.timestamp;
                                else if (typeof object.timestamp === "object")
                                    message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber(true);
                        if (object.message != null) {
                            if (!$util.isObject(object.message))
                                throw $TypeError(".parley.content.v1.SyncMessage.Sent.message: object expected");
                            message.message = $root.parley.content.v1.DataMessage.fromObject(object.message, _depth + 1);
                        }
                        if (object.editMessage != null) {
                            if (!$util.isObject(object.editMessage))
                                throw $TypeError(".parley.content.v1.SyncMessage.Sent.editMessage: object expected");
                            message.editMessage = $root.parley.content.v1.EditMessage.fromObject(object.editMessage, _depth + 1);
                        }
                        if (object.unidentifiedStatus) {
                            if (!$Array.isArray(object.unidentifiedStatus))
                                throw $TypeError(".parley.content.v1.SyncMessage.Sent.unidentifiedStatus: array expected");
                            message.unidentifiedStatus = $Array(object.unidentifiedStatus.length);
                            for (let i = 0; i < object.unidentifiedStatus.length; ++i) {
                                if (!$util.isObject(object.unidentifiedStatus[i]))
                                    throw $TypeError(".parley.content.v1.SyncMessage.Sent.unidentifiedStatus: object expected");
                                message.unidentifiedStatus[i] = $root.parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.fromObject(object.unidentifiedStatus[i], _depth + 1);
                            }
                        }
                        if (object.destinationHandle != null)
                            message.destinationHandle = $String(object.destinationHandle);
                        return message;
                    };

                    /**
                     * Creates a plain object from a Sent message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @static
                     * @param {parley.content.v1.SyncMessage.Sent} message Sent
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Sent.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.unidentifiedStatus = [];
                        if (options.defaults) {
                            object.destinationAccountId = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.destinationAccountId != null && $Object.hasOwnProperty.call(message, "destinationAccountId"))
                            object.destinationAccountId = message.destinationAccountId;
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, true).toBigInt();
                            else if (typeof message.timestamp === "number")
                                object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                            else
                                object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber(true) : message.timestamp;
                        if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                            object.message = $root.parley.content.v1.DataMessage.toObject(message.message, options, _depth + 1);
                        if (message.editMessage != null && $Object.hasOwnProperty.call(message, "editMessage"))
                            object.editMessage = $root.parley.content.v1.EditMessage.toObject(message.editMessage, options, _depth + 1);
                        if (message.unidentifiedStatus && message.unidentifiedStatus.length) {
                            object.unidentifiedStatus = $Array(message.unidentifiedStatus.length);
                            for (let j = 0; j < message.unidentifiedStatus.length; ++j)
                                object.unidentifiedStatus[j] = $root.parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.toObject(message.unidentifiedStatus[j], options, _depth + 1);
                        }
                        if (message.destinationHandle != null && $Object.hasOwnProperty.call(message, "destinationHandle"))
                            object.destinationHandle = message.destinationHandle;
                        return object;
                    };

                    /**
                     * Converts this Sent to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.SyncMessage.Sent
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Sent.prototype.toJSON = function() {
                        return Sent.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Sent.UnidentifiedDeliveryStatus = (function() {

                        /**
                         * Properties of an UnidentifiedDeliveryStatus.
                         * @typedef {Object} parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties
                         * @property {string} [destinationAccountId] UnidentifiedDeliveryStatus destinationAccountId
                         * @property {boolean} [unidentified] UnidentifiedDeliveryStatus unidentified
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an UnidentifiedDeliveryStatus.
                         * @memberof parley.content.v1.SyncMessage.Sent
                         * @interface IUnidentifiedDeliveryStatus
                         * @augments parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties
                         * @deprecated Use parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties instead.
                         */

                        /**
                         * Shape of an UnidentifiedDeliveryStatus.
                         * @typedef {parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties} parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Shape
                         */

                        /**
                         * Constructs a new UnidentifiedDeliveryStatus.
                         * @memberof parley.content.v1.SyncMessage.Sent
                         * @classdesc Represents an UnidentifiedDeliveryStatus.
                         * @constructor
                         * @param {parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const UnidentifiedDeliveryStatus = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * UnidentifiedDeliveryStatus destinationAccountId.
                         * @member {string} destinationAccountId
                         * @memberof parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus
                         * @instance
                         */
                        UnidentifiedDeliveryStatus.prototype.destinationAccountId = "";

                        /**
                         * UnidentifiedDeliveryStatus unidentified.
                         * @member {boolean} unidentified
                         * @memberof parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus
                         * @instance
                         */
                        UnidentifiedDeliveryStatus.prototype.unidentified = false;

                        /**
                         * Creates a new UnidentifiedDeliveryStatus instance using the specified properties.
                         * @function create
                         * @memberof parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus
                         * @static
                         * @param {parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties=} [properties] Properties to set
                         * @returns {parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus} UnidentifiedDeliveryStatus instance
                         * @type {{
                         *   (properties: parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Shape): parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus & parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Shape;
                         *   (properties?: parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties): parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus;
                         * }}
                         */
                        UnidentifiedDeliveryStatus.create = function(properties) {
                            return new UnidentifiedDeliveryStatus(properties);
                        };

                        /**
                         * Encodes the specified UnidentifiedDeliveryStatus message. Does not implicitly {@link parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.verify|verify} messages.
                         * @function encode
                         * @memberof parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus
                         * @static
                         * @param {parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Properties} message UnidentifiedDeliveryStatus message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        UnidentifiedDeliveryStatus.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.destinationAccountId != null && $Object.hasOwnProperty.call(message, "destinationAccountId") && message.destinationAccountId !== "")
                                writer.uint32(/* id 1, wireType 2 =*/10).string(message.destinationAccountId);
                            if (message.unidentified != null && $Object.hasOwnProperty.call(message, "unidentified") && message.unidentified !== false)
                                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.unidentified);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes an UnidentifiedDeliveryStatus message from the specified reader or buffer.
                         * @function decode
                         * @memberof parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus & parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus.$Shape} UnidentifiedDeliveryStatus
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        UnidentifiedDeliveryStatus.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus();
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
                                            message.destinationAccountId = value;
                                        else
                                            delete message.destinationAccountId;
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.bool())
                                            message.unidentified = value;
                                        else
                                            delete message.unidentified;
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
                         * Verifies an UnidentifiedDeliveryStatus message.
                         * @function verify
                         * @memberof parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        UnidentifiedDeliveryStatus.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.destinationAccountId != null && $Object.hasOwnProperty.call(message, "destinationAccountId"))
                                if (!$util.isString(message.destinationAccountId))
                                    return "destinationAccountId: string expected";
                            if (message.unidentified != null && $Object.hasOwnProperty.call(message, "unidentified"))
                                if (typeof message.unidentified !== "boolean")
                                    return "unidentified: boolean expected";
                            return null;
                        };

                        /**
                         * Creates an UnidentifiedDeliveryStatus message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus} UnidentifiedDeliveryStatus
                         */
                        UnidentifiedDeliveryStatus.fromObject = function (object, _depth) {
                            if (object instanceof $root.parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus();
                            if (object.destinationAccountId != null)
                                if (typeof object.destinationAccountId !== "string" || object.destinationAccountId.length)
                                    message.destinationAccountId = $String(object.destinationAccountId);
                            if (object.unidentified != null)
                                if (object.unidentified)
                                    message.unidentified = $Boolean(object.unidentified);
                            return message;
                        };

                        /**
                         * Creates a plain object from an UnidentifiedDeliveryStatus message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus
                         * @static
                         * @param {parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus} message UnidentifiedDeliveryStatus
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        UnidentifiedDeliveryStatus.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults) {
                                object.destinationAccountId = "";
                                object.unidentified = false;
                            }
                            if (message.destinationAccountId != null && $Object.hasOwnProperty.call(message, "destinationAccountId"))
                                object.destinationAccountId = message.destinationAccountId;
                            if (message.unidentified != null && $Object.hasOwnProperty.call(message, "unidentified"))
                                object.unidentified = message.unidentified;
                            return object;
                        };

                        /**
                         * Converts this UnidentifiedDeliveryStatus to JSON.
                         * @function toJSON
                         * @memberof parley.content.v1.SyncMessage.Sent.UnidentifiedDeliveryStatus
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        UnidentifiedDeliveryStatus.prototype.toJSON = function() {
                            return UnidentifiedDeliveryStatus.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        return UnidentifiedDeliveryStatus;
                    })();

                    return Sent;
                })();

                SyncMessage.Read = (function() {

                    /**
                     * Properties of a Read.
                     * @typedef {Object} parley.content.v1.SyncMessage.Read.$Properties
                     * @property {string} [senderAccountId] Read senderAccountId
                     * @property {number} [timestamp] Read timestamp
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Read.
                     * @memberof parley.content.v1.SyncMessage
                     * @interface IRead
                     * @augments parley.content.v1.SyncMessage.Read.$Properties
                     * @deprecated Use parley.content.v1.SyncMessage.Read.$Properties instead.
                     */

                    /**
                     * Shape of a Read.
                     * @typedef {parley.content.v1.SyncMessage.Read.$Properties} parley.content.v1.SyncMessage.Read.$Shape
                     */

                    /**
                     * Constructs a new Read.
                     * @memberof parley.content.v1.SyncMessage
                     * @classdesc Represents a Read.
                     * @constructor
                     * @param {parley.content.v1.SyncMessage.Read.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Read = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Read senderAccountId.
                     * @member {string} senderAccountId
                     * @memberof parley.content.v1.SyncMessage.Read
                     * @instance
                     */
                    Read.prototype.senderAccountId = "";

                    /**
                     * Read timestamp.
                     * @member {number} timestamp
                     * @memberof parley.content.v1.SyncMessage.Read
                     * @instance
                     */
                    Read.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new Read instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.SyncMessage.Read
                     * @static
                     * @param {parley.content.v1.SyncMessage.Read.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.SyncMessage.Read} Read instance
                     * @type {{
                     *   (properties: parley.content.v1.SyncMessage.Read.$Shape): parley.content.v1.SyncMessage.Read & parley.content.v1.SyncMessage.Read.$Shape;
                     *   (properties?: parley.content.v1.SyncMessage.Read.$Properties): parley.content.v1.SyncMessage.Read;
                     * }}
                     */
                    Read.create = function(properties) {
                        return new Read(properties);
                    };

                    /**
                     * Encodes the specified Read message. Does not implicitly {@link parley.content.v1.SyncMessage.Read.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.SyncMessage.Read
                     * @static
                     * @param {parley.content.v1.SyncMessage.Read.$Properties} message Read message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Read.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.senderAccountId != null && $Object.hasOwnProperty.call(message, "senderAccountId") && message.senderAccountId !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.senderAccountId);
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestamp);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Read message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.SyncMessage.Read
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.Read & parley.content.v1.SyncMessage.Read.$Shape} Read
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Read.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.SyncMessage.Read();
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
                                        message.senderAccountId = value;
                                    else
                                        delete message.senderAccountId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timestamp = value;
                                    else
                                        delete message.timestamp;
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
                     * Verifies a Read message.
                     * @function verify
                     * @memberof parley.content.v1.SyncMessage.Read
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Read.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.senderAccountId != null && $Object.hasOwnProperty.call(message, "senderAccountId"))
                            if (!$util.isString(message.senderAccountId))
                                return "senderAccountId: string expected";
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                            if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                                return "timestamp: integer|Long expected";
                        return null;
                    };

                    /**
                     * Creates a Read message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.SyncMessage.Read
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.SyncMessage.Read} Read
                     */
                    Read.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.SyncMessage.Read)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.SyncMessage.Read: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.SyncMessage.Read();
                        if (object.senderAccountId != null)
                            if (typeof object.senderAccountId !== "string" || object.senderAccountId.length)
                                message.senderAccountId = $String(object.senderAccountId);
                        if (object.timestamp != null)
                            if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                                if ($util.Long)
                                    message.timestamp = $util.Long.fromValue(object.timestamp, true);
                                else if (typeof object.timestamp === "string")
                                    message.timestamp = $parseInt(object.timestamp, 10);
                                else if (typeof object.timestamp === "number")
                                    message.timestamp = object.timestamp;
                                else if (typeof object.timestamp === "object")
                                    message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber(true);
                        return message;
                    };

                    /**
                     * Creates a plain object from a Read message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.SyncMessage.Read
                     * @static
                     * @param {parley.content.v1.SyncMessage.Read} message Read
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Read.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.senderAccountId = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.senderAccountId != null && $Object.hasOwnProperty.call(message, "senderAccountId"))
                            object.senderAccountId = message.senderAccountId;
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, true).toBigInt();
                            else if (typeof message.timestamp === "number")
                                object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                            else
                                object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber(true) : message.timestamp;
                        return object;
                    };

                    /**
                     * Converts this Read to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.SyncMessage.Read
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Read.prototype.toJSON = function() {
                        return Read.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Read;
                })();

                SyncMessage.History = (function() {

                    /**
                     * Properties of a History.
                     * @typedef {Object} parley.content.v1.SyncMessage.History.$Properties
                     * @property {parley.content.v1.AttachmentPointer.$Properties} [bundle] History bundle
                     * @property {number} [conversations] History conversations
                     * @property {number} [messages] History messages
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a History.
                     * @memberof parley.content.v1.SyncMessage
                     * @interface IHistory
                     * @augments parley.content.v1.SyncMessage.History.$Properties
                     * @deprecated Use parley.content.v1.SyncMessage.History.$Properties instead.
                     */

                    /**
                     * Shape of a History.
                     * @typedef {parley.content.v1.SyncMessage.History.$Properties} parley.content.v1.SyncMessage.History.$Shape
                     */

                    /**
                     * Constructs a new History.
                     * @memberof parley.content.v1.SyncMessage
                     * @classdesc Represents a History.
                     * @constructor
                     * @param {parley.content.v1.SyncMessage.History.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const History = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * History bundle.
                     * @member {parley.content.v1.AttachmentPointer} bundle
                     * @memberof parley.content.v1.SyncMessage.History
                     * @instance
                     */
                    History.prototype.bundle = null;

                    /**
                     * History conversations.
                     * @member {number} conversations
                     * @memberof parley.content.v1.SyncMessage.History
                     * @instance
                     */
                    History.prototype.conversations = 0;

                    /**
                     * History messages.
                     * @member {number} messages
                     * @memberof parley.content.v1.SyncMessage.History
                     * @instance
                     */
                    History.prototype.messages = 0;

                    /**
                     * Creates a new History instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.SyncMessage.History
                     * @static
                     * @param {parley.content.v1.SyncMessage.History.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.SyncMessage.History} History instance
                     * @type {{
                     *   (properties: parley.content.v1.SyncMessage.History.$Shape): parley.content.v1.SyncMessage.History & parley.content.v1.SyncMessage.History.$Shape;
                     *   (properties?: parley.content.v1.SyncMessage.History.$Properties): parley.content.v1.SyncMessage.History;
                     * }}
                     */
                    History.create = function(properties) {
                        return new History(properties);
                    };

                    /**
                     * Encodes the specified History message. Does not implicitly {@link parley.content.v1.SyncMessage.History.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.SyncMessage.History
                     * @static
                     * @param {parley.content.v1.SyncMessage.History.$Properties} message History message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    History.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle"))
                            $root.parley.content.v1.AttachmentPointer.encode(message.bundle, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations") && message.conversations !== 0)
                            writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.conversations);
                        if (message.messages != null && $Object.hasOwnProperty.call(message, "messages") && message.messages !== 0)
                            writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.messages);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a History message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.SyncMessage.History
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.History & parley.content.v1.SyncMessage.History.$Shape} History
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    History.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.SyncMessage.History();
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
                                    message.bundle = $root.parley.content.v1.AttachmentPointer.decode(reader, reader.size(), $undefined, _depth + 1, message.bundle);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.conversations = value;
                                    else
                                        delete message.conversations;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.messages = value;
                                    else
                                        delete message.messages;
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
                     * Verifies a History message.
                     * @function verify
                     * @memberof parley.content.v1.SyncMessage.History
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    History.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle")) {
                            let error = $root.parley.content.v1.AttachmentPointer.verify(message.bundle, _depth + 1);
                            if (error)
                                return "bundle." + error;
                        }
                        if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations"))
                            if (!$util.isInteger(message.conversations))
                                return "conversations: integer expected";
                        if (message.messages != null && $Object.hasOwnProperty.call(message, "messages"))
                            if (!$util.isInteger(message.messages))
                                return "messages: integer expected";
                        return null;
                    };

                    /**
                     * Creates a History message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.SyncMessage.History
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.SyncMessage.History} History
                     */
                    History.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.SyncMessage.History)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.SyncMessage.History: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.SyncMessage.History();
                        if (object.bundle != null) {
                            if (!$util.isObject(object.bundle))
                                throw $TypeError(".parley.content.v1.SyncMessage.History.bundle: object expected");
                            message.bundle = $root.parley.content.v1.AttachmentPointer.fromObject(object.bundle, _depth + 1);
                        }
                        if (object.conversations != null)
                            if ($Number(object.conversations) !== 0)
                                message.conversations = object.conversations >>> 0;
                        if (object.messages != null)
                            if ($Number(object.messages) !== 0)
                                message.messages = object.messages >>> 0;
                        return message;
                    };

                    /**
                     * Creates a plain object from a History message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.SyncMessage.History
                     * @static
                     * @param {parley.content.v1.SyncMessage.History} message History
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    History.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.bundle = null;
                            object.conversations = 0;
                            object.messages = 0;
                        }
                        if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle"))
                            object.bundle = $root.parley.content.v1.AttachmentPointer.toObject(message.bundle, options, _depth + 1);
                        if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations"))
                            object.conversations = message.conversations;
                        if (message.messages != null && $Object.hasOwnProperty.call(message, "messages"))
                            object.messages = message.messages;
                        return object;
                    };

                    /**
                     * Converts this History to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.SyncMessage.History
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    History.prototype.toJSON = function() {
                        return History.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return History;
                })();

                SyncMessage.DeleteForMe = (function() {

                    /**
                     * Properties of a DeleteForMe.
                     * @typedef {Object} parley.content.v1.SyncMessage.DeleteForMe.$Properties
                     * @property {string} [targetAuthorAccountId] DeleteForMe targetAuthorAccountId
                     * @property {number} [targetSentTimestamp] DeleteForMe targetSentTimestamp
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a DeleteForMe.
                     * @memberof parley.content.v1.SyncMessage
                     * @interface IDeleteForMe
                     * @augments parley.content.v1.SyncMessage.DeleteForMe.$Properties
                     * @deprecated Use parley.content.v1.SyncMessage.DeleteForMe.$Properties instead.
                     */

                    /**
                     * Shape of a DeleteForMe.
                     * @typedef {parley.content.v1.SyncMessage.DeleteForMe.$Properties} parley.content.v1.SyncMessage.DeleteForMe.$Shape
                     */

                    /**
                     * Constructs a new DeleteForMe.
                     * @memberof parley.content.v1.SyncMessage
                     * @classdesc Represents a DeleteForMe.
                     * @constructor
                     * @param {parley.content.v1.SyncMessage.DeleteForMe.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const DeleteForMe = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * DeleteForMe targetAuthorAccountId.
                     * @member {string} targetAuthorAccountId
                     * @memberof parley.content.v1.SyncMessage.DeleteForMe
                     * @instance
                     */
                    DeleteForMe.prototype.targetAuthorAccountId = "";

                    /**
                     * DeleteForMe targetSentTimestamp.
                     * @member {number} targetSentTimestamp
                     * @memberof parley.content.v1.SyncMessage.DeleteForMe
                     * @instance
                     */
                    DeleteForMe.prototype.targetSentTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new DeleteForMe instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.SyncMessage.DeleteForMe
                     * @static
                     * @param {parley.content.v1.SyncMessage.DeleteForMe.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.SyncMessage.DeleteForMe} DeleteForMe instance
                     * @type {{
                     *   (properties: parley.content.v1.SyncMessage.DeleteForMe.$Shape): parley.content.v1.SyncMessage.DeleteForMe & parley.content.v1.SyncMessage.DeleteForMe.$Shape;
                     *   (properties?: parley.content.v1.SyncMessage.DeleteForMe.$Properties): parley.content.v1.SyncMessage.DeleteForMe;
                     * }}
                     */
                    DeleteForMe.create = function(properties) {
                        return new DeleteForMe(properties);
                    };

                    /**
                     * Encodes the specified DeleteForMe message. Does not implicitly {@link parley.content.v1.SyncMessage.DeleteForMe.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.SyncMessage.DeleteForMe
                     * @static
                     * @param {parley.content.v1.SyncMessage.DeleteForMe.$Properties} message DeleteForMe message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DeleteForMe.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.targetAuthorAccountId != null && $Object.hasOwnProperty.call(message, "targetAuthorAccountId") && message.targetAuthorAccountId !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.targetAuthorAccountId);
                        if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp") && (typeof message.targetSentTimestamp === "object" ? message.targetSentTimestamp.low || message.targetSentTimestamp.high : message.targetSentTimestamp !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.targetSentTimestamp);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a DeleteForMe message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.SyncMessage.DeleteForMe
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.DeleteForMe & parley.content.v1.SyncMessage.DeleteForMe.$Shape} DeleteForMe
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DeleteForMe.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.SyncMessage.DeleteForMe();
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
                                        message.targetAuthorAccountId = value;
                                    else
                                        delete message.targetAuthorAccountId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.targetSentTimestamp = value;
                                    else
                                        delete message.targetSentTimestamp;
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
                     * Verifies a DeleteForMe message.
                     * @function verify
                     * @memberof parley.content.v1.SyncMessage.DeleteForMe
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    DeleteForMe.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.targetAuthorAccountId != null && $Object.hasOwnProperty.call(message, "targetAuthorAccountId"))
                            if (!$util.isString(message.targetAuthorAccountId))
                                return "targetAuthorAccountId: string expected";
                        if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp"))
                            if (!$util.isInteger(message.targetSentTimestamp) && !(message.targetSentTimestamp && $util.isInteger(message.targetSentTimestamp.low) && $util.isInteger(message.targetSentTimestamp.high)))
                                return "targetSentTimestamp: integer|Long expected";
                        return null;
                    };

                    /**
                     * Creates a DeleteForMe message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.SyncMessage.DeleteForMe
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.SyncMessage.DeleteForMe} DeleteForMe
                     */
                    DeleteForMe.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.SyncMessage.DeleteForMe)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.SyncMessage.DeleteForMe: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.SyncMessage.DeleteForMe();
                        if (object.targetAuthorAccountId != null)
                            if (typeof object.targetAuthorAccountId !== "string" || object.targetAuthorAccountId.length)
                                message.targetAuthorAccountId = $String(object.targetAuthorAccountId);
                        if (object.targetSentTimestamp != null)
                            if (typeof object.targetSentTimestamp === "object" ? object.targetSentTimestamp.low || object.targetSentTimestamp.high : $Number(object.targetSentTimestamp) !== 0)
                                if ($util.Long)
                                    message.targetSentTimestamp = $util.Long.fromValue(object.targetSentTimestamp, true);
                                else if (typeof object.targetSentTimestamp === "string")
                                    message.targetSentTimestamp = $parseInt(object.targetSentTimestamp, 10);
                                else if (typeof object.targetSentTimestamp === "number")
                                    message.targetSentTimestamp = object.targetSentTimestamp;
                                else if (typeof object.targetSentTimestamp === "object")
                                    message.targetSentTimestamp = new $util.LongBits(object.targetSentTimestamp.low >>> 0, object.targetSentTimestamp.high >>> 0).toNumber(true);
                        return message;
                    };

                    /**
                     * Creates a plain object from a DeleteForMe message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.SyncMessage.DeleteForMe
                     * @static
                     * @param {parley.content.v1.SyncMessage.DeleteForMe} message DeleteForMe
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    DeleteForMe.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.targetAuthorAccountId = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.targetSentTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.targetSentTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.targetAuthorAccountId != null && $Object.hasOwnProperty.call(message, "targetAuthorAccountId"))
                            object.targetAuthorAccountId = message.targetAuthorAccountId;
                        if (message.targetSentTimestamp != null && $Object.hasOwnProperty.call(message, "targetSentTimestamp"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.targetSentTimestamp = typeof message.targetSentTimestamp === "number" ? $BigInt(message.targetSentTimestamp) : $util.Long.fromBits(message.targetSentTimestamp.low >>> 0, message.targetSentTimestamp.high >>> 0, true).toBigInt();
                            else if (typeof message.targetSentTimestamp === "number")
                                object.targetSentTimestamp = options.longs === $String ? $String(message.targetSentTimestamp) : message.targetSentTimestamp;
                            else
                                object.targetSentTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.targetSentTimestamp) : options.longs === $Number ? new $util.LongBits(message.targetSentTimestamp.low >>> 0, message.targetSentTimestamp.high >>> 0).toNumber(true) : message.targetSentTimestamp;
                        return object;
                    };

                    /**
                     * Converts this DeleteForMe to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.SyncMessage.DeleteForMe
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    DeleteForMe.prototype.toJSON = function() {
                        return DeleteForMe.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return DeleteForMe;
                })();

                SyncMessage.Verified = (function() {

                    /**
                     * Properties of a Verified.
                     * @typedef {Object} parley.content.v1.SyncMessage.Verified.$Properties
                     * @property {string} [accountId] Verified accountId
                     * @property {Uint8Array} [identityKey] Verified identityKey
                     * @property {parley.content.v1.SyncMessage.Verified.State} [state] Verified state
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Verified.
                     * @memberof parley.content.v1.SyncMessage
                     * @interface IVerified
                     * @augments parley.content.v1.SyncMessage.Verified.$Properties
                     * @deprecated Use parley.content.v1.SyncMessage.Verified.$Properties instead.
                     */

                    /**
                     * Shape of a Verified.
                     * @typedef {parley.content.v1.SyncMessage.Verified.$Properties} parley.content.v1.SyncMessage.Verified.$Shape
                     */

                    /**
                     * Constructs a new Verified.
                     * @memberof parley.content.v1.SyncMessage
                     * @classdesc Represents a Verified.
                     * @constructor
                     * @param {parley.content.v1.SyncMessage.Verified.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Verified = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Verified accountId.
                     * @member {string} accountId
                     * @memberof parley.content.v1.SyncMessage.Verified
                     * @instance
                     */
                    Verified.prototype.accountId = "";

                    /**
                     * Verified identityKey.
                     * @member {Uint8Array} identityKey
                     * @memberof parley.content.v1.SyncMessage.Verified
                     * @instance
                     */
                    Verified.prototype.identityKey = $util.newBuffer([]);

                    /**
                     * Verified state.
                     * @member {parley.content.v1.SyncMessage.Verified.State} state
                     * @memberof parley.content.v1.SyncMessage.Verified
                     * @instance
                     */
                    Verified.prototype.state = 0;

                    /**
                     * Creates a new Verified instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.SyncMessage.Verified
                     * @static
                     * @param {parley.content.v1.SyncMessage.Verified.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.SyncMessage.Verified} Verified instance
                     * @type {{
                     *   (properties: parley.content.v1.SyncMessage.Verified.$Shape): parley.content.v1.SyncMessage.Verified & parley.content.v1.SyncMessage.Verified.$Shape;
                     *   (properties?: parley.content.v1.SyncMessage.Verified.$Properties): parley.content.v1.SyncMessage.Verified;
                     * }}
                     */
                    Verified.create = function(properties) {
                        return new Verified(properties);
                    };

                    /**
                     * Encodes the specified Verified message. Does not implicitly {@link parley.content.v1.SyncMessage.Verified.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.SyncMessage.Verified
                     * @static
                     * @param {parley.content.v1.SyncMessage.Verified.$Properties} message Verified message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Verified.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                        if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey") && message.identityKey.length)
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.identityKey);
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                            writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Verified message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.SyncMessage.Verified
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.Verified & parley.content.v1.SyncMessage.Verified.$Shape} Verified
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Verified.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.SyncMessage.Verified();
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
                                        message.accountId = value;
                                    else
                                        delete message.accountId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.identityKey = value;
                                    else
                                        delete message.identityKey;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.state = value;
                                    else
                                        delete message.state;
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
                     * Verifies a Verified message.
                     * @function verify
                     * @memberof parley.content.v1.SyncMessage.Verified
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Verified.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                            if (!$util.isString(message.accountId))
                                return "accountId: string expected";
                        if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey"))
                            if (!(message.identityKey && typeof message.identityKey.length === "number" || $util.isString(message.identityKey)))
                                return "identityKey: buffer expected";
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                                return "state: enum value expected";
                        return null;
                    };

                    /**
                     * Creates a Verified message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.SyncMessage.Verified
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.SyncMessage.Verified} Verified
                     */
                    Verified.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.SyncMessage.Verified)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.SyncMessage.Verified: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.SyncMessage.Verified();
                        if (object.accountId != null)
                            if (typeof object.accountId !== "string" || object.accountId.length)
                                message.accountId = $String(object.accountId);
                        if (object.identityKey != null)
                            if (object.identityKey.length)
                                if (typeof object.identityKey === "string")
                                    $util.base64.decode(object.identityKey, message.identityKey = $util.newBuffer($util.base64.length(object.identityKey)), 0);
                                else if (object.identityKey.length >= 0)
                                    message.identityKey = object.identityKey;
                        if (object.state !== 0 && (typeof object.state !== "string" || $root.parley.content.v1.SyncMessage.Verified.State[object.state] !== 0))
                            switch (object.state) {
                            case "DEFAULT":
                            case 0:
                                message.state = 0;
                                break;
                            case "VERIFIED":
                            case 1:
                                message.state = 1;
                                break;
                            case "UNVERIFIED":
                            case 2:
                                message.state = 2;
                                break;
                            default:
                                if (typeof object.state === "number" && (object.state | 0) === object.state)
                                    message.state = object.state;
                            }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Verified message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.SyncMessage.Verified
                     * @static
                     * @param {parley.content.v1.SyncMessage.Verified} message Verified
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Verified.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.accountId = "";
                            if (options.bytes === $String)
                                object.identityKey = "";
                            else {
                                object.identityKey = [];
                                if (options.bytes !== $Array)
                                    object.identityKey = $util.newBuffer(object.identityKey);
                            }
                            object.state = options.enums === $String ? "DEFAULT" : 0;
                        }
                        if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                            object.accountId = message.accountId;
                        if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey"))
                            object.identityKey = options.bytes === $String ? $util.base64.encode(message.identityKey, 0, message.identityKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.identityKey) : message.identityKey;
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            object.state = options.enums === $String ? $root.parley.content.v1.SyncMessage.Verified.State[message.state] === $undefined ? message.state : $root.parley.content.v1.SyncMessage.Verified.State[message.state] : message.state;
                        return object;
                    };

                    /**
                     * Converts this Verified to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.SyncMessage.Verified
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Verified.prototype.toJSON = function() {
                        return Verified.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * State enum.
                     * @name parley.content.v1.SyncMessage.Verified.State
                     * @enum {number}
                     * @property {number} DEFAULT=0 DEFAULT value
                     * @property {number} VERIFIED=1 VERIFIED value
                     * @property {number} UNVERIFIED=2 UNVERIFIED value
                     */
                    Verified.State = (function() {
                        const valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "DEFAULT"] = 0;
                        values[valuesById[1] = "VERIFIED"] = 1;
                        values[valuesById[2] = "UNVERIFIED"] = 2;
                        return values;
                    })();

                    return Verified;
                })();

                SyncMessage.Console = (function() {

                    /**
                     * Properties of a Console.
                     * @typedef {Object} parley.content.v1.SyncMessage.Console.$Properties
                     * @property {Uint8Array} [payload] Console payload
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Console.
                     * @memberof parley.content.v1.SyncMessage
                     * @interface IConsole
                     * @augments parley.content.v1.SyncMessage.Console.$Properties
                     * @deprecated Use parley.content.v1.SyncMessage.Console.$Properties instead.
                     */

                    /**
                     * Shape of a Console.
                     * @typedef {parley.content.v1.SyncMessage.Console.$Properties} parley.content.v1.SyncMessage.Console.$Shape
                     */

                    /**
                     * Constructs a new Console.
                     * @memberof parley.content.v1.SyncMessage
                     * @classdesc Represents a Console.
                     * @constructor
                     * @param {parley.content.v1.SyncMessage.Console.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Console = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Console payload.
                     * @member {Uint8Array} payload
                     * @memberof parley.content.v1.SyncMessage.Console
                     * @instance
                     */
                    Console.prototype.payload = $util.newBuffer([]);

                    /**
                     * Creates a new Console instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.SyncMessage.Console
                     * @static
                     * @param {parley.content.v1.SyncMessage.Console.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.SyncMessage.Console} Console instance
                     * @type {{
                     *   (properties: parley.content.v1.SyncMessage.Console.$Shape): parley.content.v1.SyncMessage.Console & parley.content.v1.SyncMessage.Console.$Shape;
                     *   (properties?: parley.content.v1.SyncMessage.Console.$Properties): parley.content.v1.SyncMessage.Console;
                     * }}
                     */
                    Console.create = function(properties) {
                        return new Console(properties);
                    };

                    /**
                     * Encodes the specified Console message. Does not implicitly {@link parley.content.v1.SyncMessage.Console.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.SyncMessage.Console
                     * @static
                     * @param {parley.content.v1.SyncMessage.Console.$Properties} message Console message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Console.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Console message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.SyncMessage.Console
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.SyncMessage.Console & parley.content.v1.SyncMessage.Console.$Shape} Console
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Console.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.SyncMessage.Console();
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
                                        message.payload = value;
                                    else
                                        delete message.payload;
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
                     * Verifies a Console message.
                     * @function verify
                     * @memberof parley.content.v1.SyncMessage.Console
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Console.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                            if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                                return "payload: buffer expected";
                        return null;
                    };

                    /**
                     * Creates a Console message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.SyncMessage.Console
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.SyncMessage.Console} Console
                     */
                    Console.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.SyncMessage.Console)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.SyncMessage.Console: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.SyncMessage.Console();
                        if (object.payload != null)
                            if (object.payload.length)
                                if (typeof object.payload === "string")
                                    $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                                else if (object.payload.length >= 0)
                                    message.payload = object.payload;
                        return message;
                    };

                    /**
                     * Creates a plain object from a Console message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.SyncMessage.Console
                     * @static
                     * @param {parley.content.v1.SyncMessage.Console} message Console
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Console.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            if (options.bytes === $String)
                                object.payload = "";
                            else {
                                object.payload = [];
                                if (options.bytes !== $Array)
                                    object.payload = $util.newBuffer(object.payload);
                            }
                        if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                            object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                        return object;
                    };

                    /**
                     * Converts this Console to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.SyncMessage.Console
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Console.prototype.toJSON = function() {
                        return Console.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Console;
                })();

                return SyncMessage;
            })();

            v1.HistoryBundle = (function() {

                /**
                 * Properties of a HistoryBundle.
                 * @typedef {Object} parley.content.v1.HistoryBundle.$Properties
                 * @property {Array.<parley.content.v1.HistoryBundle.Conversation.$Properties>} [conversations] HistoryBundle conversations
                 * @property {number} [version] HistoryBundle version
                 * @property {parley.content.v1.ProfileMessage.$Properties|null} [ownProfile] HistoryBundle ownProfile
                 * @property {Uint8Array|null} [mediaKey] HistoryBundle mediaKey
                 * @property {number} [mediaFiles] HistoryBundle mediaFiles
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HistoryBundle.
                 * @memberof parley.content.v1
                 * @interface IHistoryBundle
                 * @augments parley.content.v1.HistoryBundle.$Properties
                 * @deprecated Use parley.content.v1.HistoryBundle.$Properties instead.
                 */

                /**
                 * Shape of a HistoryBundle.
                 * @typedef {parley.content.v1.HistoryBundle.$Properties} parley.content.v1.HistoryBundle.$Shape
                 */

                /**
                 * Constructs a new HistoryBundle.
                 * @memberof parley.content.v1
                 * @classdesc Represents a HistoryBundle.
                 * @constructor
                 * @param {parley.content.v1.HistoryBundle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HistoryBundle = function (properties) {
                    this.conversations = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HistoryBundle conversations.
                 * @member {Array.<parley.content.v1.HistoryBundle.Conversation>} conversations
                 * @memberof parley.content.v1.HistoryBundle
                 * @instance
                 */
                HistoryBundle.prototype.conversations = $util.emptyArray;

                /**
                 * HistoryBundle version.
                 * @member {number} version
                 * @memberof parley.content.v1.HistoryBundle
                 * @instance
                 */
                HistoryBundle.prototype.version = 0;

                /**
                 * HistoryBundle ownProfile.
                 * @member {parley.content.v1.ProfileMessage|null} ownProfile
                 * @memberof parley.content.v1.HistoryBundle
                 * @instance
                 */
                HistoryBundle.prototype.ownProfile = null;

                /**
                 * HistoryBundle mediaKey.
                 * @member {Uint8Array|null} mediaKey
                 * @memberof parley.content.v1.HistoryBundle
                 * @instance
                 */
                HistoryBundle.prototype.mediaKey = null;

                /**
                 * HistoryBundle mediaFiles.
                 * @member {number} mediaFiles
                 * @memberof parley.content.v1.HistoryBundle
                 * @instance
                 */
                HistoryBundle.prototype.mediaFiles = 0;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HistoryBundle.prototype, "_ownProfile", {
                    get: $util.oneOfGetter($oneOfFields = ["ownProfile"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(HistoryBundle.prototype, "_mediaKey", {
                    get: $util.oneOfGetter($oneOfFields = ["mediaKey"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new HistoryBundle instance using the specified properties.
                 * @function create
                 * @memberof parley.content.v1.HistoryBundle
                 * @static
                 * @param {parley.content.v1.HistoryBundle.$Properties=} [properties] Properties to set
                 * @returns {parley.content.v1.HistoryBundle} HistoryBundle instance
                 * @type {{
                 *   (properties: parley.content.v1.HistoryBundle.$Shape): parley.content.v1.HistoryBundle & parley.content.v1.HistoryBundle.$Shape;
                 *   (properties?: parley.content.v1.HistoryBundle.$Properties): parley.content.v1.HistoryBundle;
                 * }}
                 */
                HistoryBundle.create = function(properties) {
                    return new HistoryBundle(properties);
                };

                /**
                 * Encodes the specified HistoryBundle message. Does not implicitly {@link parley.content.v1.HistoryBundle.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.HistoryBundle
                 * @static
                 * @param {parley.content.v1.HistoryBundle.$Properties} message HistoryBundle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HistoryBundle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.conversations != null && message.conversations.length)
                        for (let i = 0; i < message.conversations.length; ++i)
                            $root.parley.content.v1.HistoryBundle.Conversation.encode(message.conversations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                    if (message.ownProfile != null && $Object.hasOwnProperty.call(message, "ownProfile"))
                        $root.parley.content.v1.ProfileMessage.encode(message.ownProfile, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.mediaKey != null && $Object.hasOwnProperty.call(message, "mediaKey"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.mediaKey);
                    if (message.mediaFiles != null && $Object.hasOwnProperty.call(message, "mediaFiles") && message.mediaFiles !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.mediaFiles);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HistoryBundle message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.HistoryBundle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.HistoryBundle & parley.content.v1.HistoryBundle.$Shape} HistoryBundle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HistoryBundle.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.HistoryBundle();
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
                                if (!(message.conversations && message.conversations.length))
                                    message.conversations = [];
                                message.conversations.push($root.parley.content.v1.HistoryBundle.Conversation.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.ownProfile = $root.parley.content.v1.ProfileMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.ownProfile);
                                message._ownProfile = "ownProfile";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.mediaKey = reader.bytes();
                                message._mediaKey = "mediaKey";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.mediaFiles = value;
                                else
                                    delete message.mediaFiles;
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
                 * Verifies a HistoryBundle message.
                 * @function verify
                 * @memberof parley.content.v1.HistoryBundle
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HistoryBundle.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations")) {
                        if (!$Array.isArray(message.conversations))
                            return "conversations: array expected";
                        for (let i = 0; i < message.conversations.length; ++i) {
                            let error = $root.parley.content.v1.HistoryBundle.Conversation.verify(message.conversations[i], _depth + 1);
                            if (error)
                                return "conversations." + error;
                        }
                    }
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        if (!$util.isInteger(message.version))
                            return "version: integer expected";
                    if (message.ownProfile != null && $Object.hasOwnProperty.call(message, "ownProfile")) {
                        properties._ownProfile = 1;
                        {
                            let error = $root.parley.content.v1.ProfileMessage.verify(message.ownProfile, _depth + 1);
                            if (error)
                                return "ownProfile." + error;
                        }
                    }
                    if (message.mediaKey != null && $Object.hasOwnProperty.call(message, "mediaKey")) {
                        properties._mediaKey = 1;
                        if (!(message.mediaKey && typeof message.mediaKey.length === "number" || $util.isString(message.mediaKey)))
                            return "mediaKey: buffer expected";
                    }
                    if (message.mediaFiles != null && $Object.hasOwnProperty.call(message, "mediaFiles"))
                        if (!$util.isInteger(message.mediaFiles))
                            return "mediaFiles: integer expected";
                    return null;
                };

                /**
                 * Creates a HistoryBundle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof parley.content.v1.HistoryBundle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {parley.content.v1.HistoryBundle} HistoryBundle
                 */
                HistoryBundle.fromObject = function (object, _depth) {
                    if (object instanceof $root.parley.content.v1.HistoryBundle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".parley.content.v1.HistoryBundle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.parley.content.v1.HistoryBundle();
                    if (object.conversations) {
                        if (!$Array.isArray(object.conversations))
                            throw $TypeError(".parley.content.v1.HistoryBundle.conversations: array expected");
                        message.conversations = $Array(object.conversations.length);
                        for (let i = 0; i < object.conversations.length; ++i) {
                            if (!$util.isObject(object.conversations[i]))
                                throw $TypeError(".parley.content.v1.HistoryBundle.conversations: object expected");
                            message.conversations[i] = $root.parley.content.v1.HistoryBundle.Conversation.fromObject(object.conversations[i], _depth + 1);
                        }
                    }
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    if (object.ownProfile != null) {
                        if (!$util.isObject(object.ownProfile))
                            throw $TypeError(".parley.content.v1.HistoryBundle.ownProfile: object expected");
                        message.ownProfile = $root.parley.content.v1.ProfileMessage.fromObject(object.ownProfile, _depth + 1);
                    }
                    if (object.mediaKey != null)
                        if (typeof object.mediaKey === "string")
                            $util.base64.decode(object.mediaKey, message.mediaKey = $util.newBuffer($util.base64.length(object.mediaKey)), 0);
                        else if (object.mediaKey.length >= 0)
                            message.mediaKey = object.mediaKey;
                    if (object.mediaFiles != null)
                        if ($Number(object.mediaFiles) !== 0)
                            message.mediaFiles = object.mediaFiles >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a HistoryBundle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof parley.content.v1.HistoryBundle
                 * @static
                 * @param {parley.content.v1.HistoryBundle} message HistoryBundle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HistoryBundle.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.conversations = [];
                    if (options.defaults) {
                        object.version = 0;
                        object.mediaFiles = 0;
                    }
                    if (message.conversations && message.conversations.length) {
                        object.conversations = $Array(message.conversations.length);
                        for (let j = 0; j < message.conversations.length; ++j)
                            object.conversations[j] = $root.parley.content.v1.HistoryBundle.Conversation.toObject(message.conversations[j], options, _depth + 1);
                    }
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    if (message.ownProfile != null && $Object.hasOwnProperty.call(message, "ownProfile"))
                        object.ownProfile = $root.parley.content.v1.ProfileMessage.toObject(message.ownProfile, options, _depth + 1);
                    if (message.mediaKey != null && $Object.hasOwnProperty.call(message, "mediaKey"))
                        object.mediaKey = options.bytes === $String ? $util.base64.encode(message.mediaKey, 0, message.mediaKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.mediaKey) : message.mediaKey;
                    if (message.mediaFiles != null && $Object.hasOwnProperty.call(message, "mediaFiles"))
                        object.mediaFiles = message.mediaFiles;
                    return object;
                };

                /**
                 * Converts this HistoryBundle to JSON.
                 * @function toJSON
                 * @memberof parley.content.v1.HistoryBundle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HistoryBundle.prototype.toJSON = function() {
                    return HistoryBundle.toObject(this, $protobuf.util.toJSONOptions);
                };

                HistoryBundle.Reaction = (function() {

                    /**
                     * Properties of a Reaction.
                     * @typedef {Object} parley.content.v1.HistoryBundle.Reaction.$Properties
                     * @property {string} [reactorAccountId] Reaction reactorAccountId
                     * @property {string} [emoji] Reaction emoji
                     * @property {number} [sentAt] Reaction sentAt
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Reaction.
                     * @memberof parley.content.v1.HistoryBundle
                     * @interface IReaction
                     * @augments parley.content.v1.HistoryBundle.Reaction.$Properties
                     * @deprecated Use parley.content.v1.HistoryBundle.Reaction.$Properties instead.
                     */

                    /**
                     * Shape of a Reaction.
                     * @typedef {parley.content.v1.HistoryBundle.Reaction.$Properties} parley.content.v1.HistoryBundle.Reaction.$Shape
                     */

                    /**
                     * Constructs a new Reaction.
                     * @memberof parley.content.v1.HistoryBundle
                     * @classdesc Represents a Reaction.
                     * @constructor
                     * @param {parley.content.v1.HistoryBundle.Reaction.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Reaction = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Reaction reactorAccountId.
                     * @member {string} reactorAccountId
                     * @memberof parley.content.v1.HistoryBundle.Reaction
                     * @instance
                     */
                    Reaction.prototype.reactorAccountId = "";

                    /**
                     * Reaction emoji.
                     * @member {string} emoji
                     * @memberof parley.content.v1.HistoryBundle.Reaction
                     * @instance
                     */
                    Reaction.prototype.emoji = "";

                    /**
                     * Reaction sentAt.
                     * @member {number} sentAt
                     * @memberof parley.content.v1.HistoryBundle.Reaction
                     * @instance
                     */
                    Reaction.prototype.sentAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new Reaction instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.HistoryBundle.Reaction
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Reaction.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.HistoryBundle.Reaction} Reaction instance
                     * @type {{
                     *   (properties: parley.content.v1.HistoryBundle.Reaction.$Shape): parley.content.v1.HistoryBundle.Reaction & parley.content.v1.HistoryBundle.Reaction.$Shape;
                     *   (properties?: parley.content.v1.HistoryBundle.Reaction.$Properties): parley.content.v1.HistoryBundle.Reaction;
                     * }}
                     */
                    Reaction.create = function(properties) {
                        return new Reaction(properties);
                    };

                    /**
                     * Encodes the specified Reaction message. Does not implicitly {@link parley.content.v1.HistoryBundle.Reaction.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.HistoryBundle.Reaction
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Reaction.$Properties} message Reaction message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Reaction.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.reactorAccountId != null && $Object.hasOwnProperty.call(message, "reactorAccountId") && message.reactorAccountId !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.reactorAccountId);
                        if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji") && message.emoji !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.emoji);
                        if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt") && (typeof message.sentAt === "object" ? message.sentAt.low || message.sentAt.high : message.sentAt !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sentAt);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Reaction message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.HistoryBundle.Reaction
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.HistoryBundle.Reaction & parley.content.v1.HistoryBundle.Reaction.$Shape} Reaction
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Reaction.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.HistoryBundle.Reaction();
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
                                        message.reactorAccountId = value;
                                    else
                                        delete message.reactorAccountId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.emoji = value;
                                    else
                                        delete message.emoji;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.sentAt = value;
                                    else
                                        delete message.sentAt;
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
                     * Verifies a Reaction message.
                     * @function verify
                     * @memberof parley.content.v1.HistoryBundle.Reaction
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Reaction.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.reactorAccountId != null && $Object.hasOwnProperty.call(message, "reactorAccountId"))
                            if (!$util.isString(message.reactorAccountId))
                                return "reactorAccountId: string expected";
                        if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                            if (!$util.isString(message.emoji))
                                return "emoji: string expected";
                        if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                            if (!$util.isInteger(message.sentAt) && !(message.sentAt && $util.isInteger(message.sentAt.low) && $util.isInteger(message.sentAt.high)))
                                return "sentAt: integer|Long expected";
                        return null;
                    };

                    /**
                     * Creates a Reaction message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.HistoryBundle.Reaction
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.HistoryBundle.Reaction} Reaction
                     */
                    Reaction.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.HistoryBundle.Reaction)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.HistoryBundle.Reaction: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.HistoryBundle.Reaction();
                        if (object.reactorAccountId != null)
                            if (typeof object.reactorAccountId !== "string" || object.reactorAccountId.length)
                                message.reactorAccountId = $String(object.reactorAccountId);
                        if (object.emoji != null)
                            if (typeof object.emoji !== "string" || object.emoji.length)
                                message.emoji = $String(object.emoji);
                        if (object.sentAt != null)
                            if (typeof object.sentAt === "object" ? object.sentAt.low || object.sentAt.high : $Number(object.sentAt) !== 0)
                                if ($util.Long)
                                    message.sentAt = $util.Long.fromValue(object.sentAt, true);
                                else if (typeof object.sentAt === "string")
                                    message.sentAt = $parseInt(object.sentAt, 10);
                                else if (typeof object.sentAt === "number")
                                    message.sentAt = object.sentAt;
                                else if (typeof object.sentAt === "object")
                                    message.sentAt = new $util.LongBits(object.sentAt.low >>> 0, object.sentAt.high >>> 0).toNumber(true);
                        return message;
                    };

                    /**
                     * Creates a plain object from a Reaction message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.HistoryBundle.Reaction
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Reaction} message Reaction
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Reaction.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.reactorAccountId = "";
                            object.emoji = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.sentAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.sentAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.reactorAccountId != null && $Object.hasOwnProperty.call(message, "reactorAccountId"))
                            object.reactorAccountId = message.reactorAccountId;
                        if (message.emoji != null && $Object.hasOwnProperty.call(message, "emoji"))
                            object.emoji = message.emoji;
                        if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.sentAt = typeof message.sentAt === "number" ? $BigInt(message.sentAt) : $util.Long.fromBits(message.sentAt.low >>> 0, message.sentAt.high >>> 0, true).toBigInt();
                            else if (typeof message.sentAt === "number")
                                object.sentAt = options.longs === $String ? $String(message.sentAt) : message.sentAt;
                            else
                                object.sentAt = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAt) : options.longs === $Number ? new $util.LongBits(message.sentAt.low >>> 0, message.sentAt.high >>> 0).toNumber(true) : message.sentAt;
                        return object;
                    };

                    /**
                     * Converts this Reaction to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.HistoryBundle.Reaction
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Reaction.prototype.toJSON = function() {
                        return Reaction.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Reaction;
                })();

                HistoryBundle.Attachment = (function() {

                    /**
                     * Properties of an Attachment.
                     * @typedef {Object} parley.content.v1.HistoryBundle.Attachment.$Properties
                     * @property {string} [contentType] Attachment contentType
                     * @property {string|null} [fileName] Attachment fileName
                     * @property {number} [size] Attachment size
                     * @property {number|null} [width] Attachment width
                     * @property {number|null} [height] Attachment height
                     * @property {number|null} [durationMs] Attachment durationMs
                     * @property {boolean} [voiceNote] Attachment voiceNote
                     * @property {Uint8Array|null} [key] Attachment key
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an Attachment.
                     * @memberof parley.content.v1.HistoryBundle
                     * @interface IAttachment
                     * @augments parley.content.v1.HistoryBundle.Attachment.$Properties
                     * @deprecated Use parley.content.v1.HistoryBundle.Attachment.$Properties instead.
                     */

                    /**
                     * Shape of an Attachment.
                     * @typedef {parley.content.v1.HistoryBundle.Attachment.$Properties} parley.content.v1.HistoryBundle.Attachment.$Shape
                     */

                    /**
                     * Constructs a new Attachment.
                     * @memberof parley.content.v1.HistoryBundle
                     * @classdesc Represents an Attachment.
                     * @constructor
                     * @param {parley.content.v1.HistoryBundle.Attachment.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Attachment = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Attachment contentType.
                     * @member {string} contentType
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @instance
                     */
                    Attachment.prototype.contentType = "";

                    /**
                     * Attachment fileName.
                     * @member {string|null} fileName
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @instance
                     */
                    Attachment.prototype.fileName = null;

                    /**
                     * Attachment size.
                     * @member {number} size
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @instance
                     */
                    Attachment.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Attachment width.
                     * @member {number|null} width
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @instance
                     */
                    Attachment.prototype.width = null;

                    /**
                     * Attachment height.
                     * @member {number|null} height
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @instance
                     */
                    Attachment.prototype.height = null;

                    /**
                     * Attachment durationMs.
                     * @member {number|null} durationMs
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @instance
                     */
                    Attachment.prototype.durationMs = null;

                    /**
                     * Attachment voiceNote.
                     * @member {boolean} voiceNote
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @instance
                     */
                    Attachment.prototype.voiceNote = false;

                    /**
                     * Attachment key.
                     * @member {Uint8Array|null} key
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @instance
                     */
                    Attachment.prototype.key = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Attachment.prototype, "_fileName", {
                        get: $util.oneOfGetter($oneOfFields = ["fileName"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Attachment.prototype, "_width", {
                        get: $util.oneOfGetter($oneOfFields = ["width"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Attachment.prototype, "_height", {
                        get: $util.oneOfGetter($oneOfFields = ["height"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Attachment.prototype, "_durationMs", {
                        get: $util.oneOfGetter($oneOfFields = ["durationMs"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Attachment.prototype, "_key", {
                        get: $util.oneOfGetter($oneOfFields = ["key"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new Attachment instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Attachment.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.HistoryBundle.Attachment} Attachment instance
                     * @type {{
                     *   (properties: parley.content.v1.HistoryBundle.Attachment.$Shape): parley.content.v1.HistoryBundle.Attachment & parley.content.v1.HistoryBundle.Attachment.$Shape;
                     *   (properties?: parley.content.v1.HistoryBundle.Attachment.$Properties): parley.content.v1.HistoryBundle.Attachment;
                     * }}
                     */
                    Attachment.create = function(properties) {
                        return new Attachment(properties);
                    };

                    /**
                     * Encodes the specified Attachment message. Does not implicitly {@link parley.content.v1.HistoryBundle.Attachment.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Attachment.$Properties} message Attachment message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Attachment.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.contentType);
                        if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.fileName);
                        if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.size);
                        if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                            writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.width);
                        if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                            writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.height);
                        if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                            writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.durationMs);
                        if (message.voiceNote != null && $Object.hasOwnProperty.call(message, "voiceNote") && message.voiceNote !== false)
                            writer.uint32(/* id 7, wireType 0 =*/56).bool(message.voiceNote);
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.key);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an Attachment message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.HistoryBundle.Attachment & parley.content.v1.HistoryBundle.Attachment.$Shape} Attachment
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Attachment.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.HistoryBundle.Attachment();
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
                                        message.contentType = value;
                                    else
                                        delete message.contentType;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.fileName = reader.stringVerify();
                                    message._fileName = "fileName";
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.size = value;
                                    else
                                        delete message.size;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    message.width = reader.uint32();
                                    message._width = "width";
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    message.height = reader.uint32();
                                    message._height = "height";
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    message.durationMs = reader.uint32();
                                    message._durationMs = "durationMs";
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.voiceNote = value;
                                    else
                                        delete message.voiceNote;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    message.key = reader.bytes();
                                    message._key = "key";
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
                     * Verifies an Attachment message.
                     * @function verify
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Attachment.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        let properties = {};
                        if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                            if (!$util.isString(message.contentType))
                                return "contentType: string expected";
                        if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName")) {
                            properties._fileName = 1;
                            if (!$util.isString(message.fileName))
                                return "fileName: string expected";
                        }
                        if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                            if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                                return "size: integer|Long expected";
                        if (message.width != null && $Object.hasOwnProperty.call(message, "width")) {
                            properties._width = 1;
                            if (!$util.isInteger(message.width))
                                return "width: integer expected";
                        }
                        if (message.height != null && $Object.hasOwnProperty.call(message, "height")) {
                            properties._height = 1;
                            if (!$util.isInteger(message.height))
                                return "height: integer expected";
                        }
                        if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs")) {
                            properties._durationMs = 1;
                            if (!$util.isInteger(message.durationMs))
                                return "durationMs: integer expected";
                        }
                        if (message.voiceNote != null && $Object.hasOwnProperty.call(message, "voiceNote"))
                            if (typeof message.voiceNote !== "boolean")
                                return "voiceNote: boolean expected";
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key")) {
                            properties._key = 1;
                            if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                                return "key: buffer expected";
                        }
                        return null;
                    };

                    /**
                     * Creates an Attachment message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.HistoryBundle.Attachment} Attachment
                     */
                    Attachment.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.HistoryBundle.Attachment)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.HistoryBundle.Attachment: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.HistoryBundle.Attachment();
                        if (object.contentType != null)
                            if (typeof object.contentType !== "string" || object.contentType.length)
                                message.contentType = $String(object.contentType);
                        if (object.fileName != null)
                            message.fileName = $String(object.fileName);
                        if (object.size != null)
                            if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                                if ($util.Long)
                                    message.size = $util.Long.fromValue(object.size, true);
                                else if (typeof object.size === "string")
                                    message.size = $parseInt(object.size, 10);
                                else if (typeof object.size === "number")
                                    message.size = object.size;
                                else if (typeof object.size === "object")
                                    message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                        if (object.width != null)
                            message.width = object.width >>> 0;
                        if (object.height != null)
                            message.height = object.height >>> 0;
                        if (object.durationMs != null)
                            message.durationMs = object.durationMs >>> 0;
                        if (object.voiceNote != null)
                            if (object.voiceNote)
                                message.voiceNote = $Boolean(object.voiceNote);
                        if (object.key != null)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                        return message;
                    };

                    /**
                     * Creates a plain object from an Attachment message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Attachment} message Attachment
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Attachment.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.contentType = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.voiceNote = false;
                        }
                        if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                            object.contentType = message.contentType;
                        if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName"))
                            object.fileName = message.fileName;
                        if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                            else if (typeof message.size === "number")
                                object.size = options.longs === $String ? $String(message.size) : message.size;
                            else
                                object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                        if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                            object.width = message.width;
                        if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                            object.height = message.height;
                        if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                            object.durationMs = message.durationMs;
                        if (message.voiceNote != null && $Object.hasOwnProperty.call(message, "voiceNote"))
                            object.voiceNote = message.voiceNote;
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                        return object;
                    };

                    /**
                     * Converts this Attachment to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.HistoryBundle.Attachment
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Attachment.prototype.toJSON = function() {
                        return Attachment.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Attachment;
                })();

                HistoryBundle.HistoryMessage = (function() {

                    /**
                     * Properties of a HistoryMessage.
                     * @typedef {Object} parley.content.v1.HistoryBundle.HistoryMessage.$Properties
                     * @property {string} [senderAccountId] HistoryMessage senderAccountId
                     * @property {number} [senderDeviceId] HistoryMessage senderDeviceId
                     * @property {number} [sentAt] HistoryMessage sentAt
                     * @property {number} [receivedAt] HistoryMessage receivedAt
                     * @property {string|null} [body] HistoryMessage body
                     * @property {string} [status] HistoryMessage status
                     * @property {parley.content.v1.HistoryBundle.HistoryMessage.Kind} [kind] HistoryMessage kind
                     * @property {parley.content.v1.Quote.$Properties|null} [quote] HistoryMessage quote
                     * @property {number|null} [editedAt] HistoryMessage editedAt
                     * @property {boolean} [deletedForEveryone] HistoryMessage deletedForEveryone
                     * @property {Array.<parley.content.v1.HistoryBundle.Reaction.$Properties>} [reactions] HistoryMessage reactions
                     * @property {Array.<parley.content.v1.HistoryBundle.Attachment.$Properties>} [attachments] HistoryMessage attachments
                     * @property {string|null} [errorText] HistoryMessage errorText
                     * @property {string|null} [errorCode] HistoryMessage errorCode
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a HistoryMessage.
                     * @memberof parley.content.v1.HistoryBundle
                     * @interface IHistoryMessage
                     * @augments parley.content.v1.HistoryBundle.HistoryMessage.$Properties
                     * @deprecated Use parley.content.v1.HistoryBundle.HistoryMessage.$Properties instead.
                     */

                    /**
                     * Shape of a HistoryMessage.
                     * @typedef {parley.content.v1.HistoryBundle.HistoryMessage.$Properties} parley.content.v1.HistoryBundle.HistoryMessage.$Shape
                     */

                    /**
                     * Constructs a new HistoryMessage.
                     * @memberof parley.content.v1.HistoryBundle
                     * @classdesc Represents a HistoryMessage.
                     * @constructor
                     * @param {parley.content.v1.HistoryBundle.HistoryMessage.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const HistoryMessage = function (properties) {
                        this.reactions = [];
                        this.attachments = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * HistoryMessage senderAccountId.
                     * @member {string} senderAccountId
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.senderAccountId = "";

                    /**
                     * HistoryMessage senderDeviceId.
                     * @member {number} senderDeviceId
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.senderDeviceId = 0;

                    /**
                     * HistoryMessage sentAt.
                     * @member {number} sentAt
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.sentAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * HistoryMessage receivedAt.
                     * @member {number} receivedAt
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.receivedAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * HistoryMessage body.
                     * @member {string|null} body
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.body = null;

                    /**
                     * HistoryMessage status.
                     * @member {string} status
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.status = "";

                    /**
                     * HistoryMessage kind.
                     * @member {parley.content.v1.HistoryBundle.HistoryMessage.Kind} kind
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.kind = 0;

                    /**
                     * HistoryMessage quote.
                     * @member {parley.content.v1.Quote|null} quote
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.quote = null;

                    /**
                     * HistoryMessage editedAt.
                     * @member {number|null} editedAt
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.editedAt = null;

                    /**
                     * HistoryMessage deletedForEveryone.
                     * @member {boolean} deletedForEveryone
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.deletedForEveryone = false;

                    /**
                     * HistoryMessage reactions.
                     * @member {Array.<parley.content.v1.HistoryBundle.Reaction>} reactions
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.reactions = $util.emptyArray;

                    /**
                     * HistoryMessage attachments.
                     * @member {Array.<parley.content.v1.HistoryBundle.Attachment>} attachments
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.attachments = $util.emptyArray;

                    /**
                     * HistoryMessage errorText.
                     * @member {string|null} errorText
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.errorText = null;

                    /**
                     * HistoryMessage errorCode.
                     * @member {string|null} errorCode
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     */
                    HistoryMessage.prototype.errorCode = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistoryMessage.prototype, "_body", {
                        get: $util.oneOfGetter($oneOfFields = ["body"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistoryMessage.prototype, "_quote", {
                        get: $util.oneOfGetter($oneOfFields = ["quote"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistoryMessage.prototype, "_editedAt", {
                        get: $util.oneOfGetter($oneOfFields = ["editedAt"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistoryMessage.prototype, "_errorText", {
                        get: $util.oneOfGetter($oneOfFields = ["errorText"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistoryMessage.prototype, "_errorCode", {
                        get: $util.oneOfGetter($oneOfFields = ["errorCode"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new HistoryMessage instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @static
                     * @param {parley.content.v1.HistoryBundle.HistoryMessage.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.HistoryBundle.HistoryMessage} HistoryMessage instance
                     * @type {{
                     *   (properties: parley.content.v1.HistoryBundle.HistoryMessage.$Shape): parley.content.v1.HistoryBundle.HistoryMessage & parley.content.v1.HistoryBundle.HistoryMessage.$Shape;
                     *   (properties?: parley.content.v1.HistoryBundle.HistoryMessage.$Properties): parley.content.v1.HistoryBundle.HistoryMessage;
                     * }}
                     */
                    HistoryMessage.create = function(properties) {
                        return new HistoryMessage(properties);
                    };

                    /**
                     * Encodes the specified HistoryMessage message. Does not implicitly {@link parley.content.v1.HistoryBundle.HistoryMessage.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @static
                     * @param {parley.content.v1.HistoryBundle.HistoryMessage.$Properties} message HistoryMessage message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HistoryMessage.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.senderAccountId != null && $Object.hasOwnProperty.call(message, "senderAccountId") && message.senderAccountId !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.senderAccountId);
                        if (message.senderDeviceId != null && $Object.hasOwnProperty.call(message, "senderDeviceId") && message.senderDeviceId !== 0)
                            writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.senderDeviceId);
                        if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt") && (typeof message.sentAt === "object" ? message.sentAt.low || message.sentAt.high : message.sentAt !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sentAt);
                        if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt") && (typeof message.receivedAt === "object" ? message.receivedAt.low || message.receivedAt.high : message.receivedAt !== 0))
                            writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.receivedAt);
                        if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.body);
                        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.status);
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                            writer.uint32(/* id 7, wireType 0 =*/56).int32(message.kind);
                        if (message.quote != null && $Object.hasOwnProperty.call(message, "quote"))
                            $root.parley.content.v1.Quote.encode(message.quote, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                        if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt"))
                            writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.editedAt);
                        if (message.deletedForEveryone != null && $Object.hasOwnProperty.call(message, "deletedForEveryone") && message.deletedForEveryone !== false)
                            writer.uint32(/* id 10, wireType 0 =*/80).bool(message.deletedForEveryone);
                        if (message.reactions != null && message.reactions.length)
                            for (let i = 0; i < message.reactions.length; ++i)
                                $root.parley.content.v1.HistoryBundle.Reaction.encode(message.reactions[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                        if (message.attachments != null && message.attachments.length)
                            for (let i = 0; i < message.attachments.length; ++i)
                                $root.parley.content.v1.HistoryBundle.Attachment.encode(message.attachments[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                        if (message.errorText != null && $Object.hasOwnProperty.call(message, "errorText"))
                            writer.uint32(/* id 13, wireType 2 =*/106).string(message.errorText);
                        if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                            writer.uint32(/* id 14, wireType 2 =*/114).string(message.errorCode);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a HistoryMessage message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.HistoryBundle.HistoryMessage & parley.content.v1.HistoryBundle.HistoryMessage.$Shape} HistoryMessage
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HistoryMessage.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.HistoryBundle.HistoryMessage();
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
                                        message.senderAccountId = value;
                                    else
                                        delete message.senderAccountId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.senderDeviceId = value;
                                    else
                                        delete message.senderDeviceId;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.sentAt = value;
                                    else
                                        delete message.sentAt;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.receivedAt = value;
                                    else
                                        delete message.receivedAt;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.body = reader.stringVerify();
                                    message._body = "body";
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.status = value;
                                    else
                                        delete message.status;
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.kind = value;
                                    else
                                        delete message.kind;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    message.quote = $root.parley.content.v1.Quote.decode(reader, reader.size(), $undefined, _depth + 1, message.quote);
                                    message._quote = "quote";
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 0)
                                        break;
                                    message.editedAt = reader.uint64();
                                    message._editedAt = "editedAt";
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.deletedForEveryone = value;
                                    else
                                        delete message.deletedForEveryone;
                                    continue;
                                }
                            case 11: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.reactions && message.reactions.length))
                                        message.reactions = [];
                                    message.reactions.push($root.parley.content.v1.HistoryBundle.Reaction.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.attachments && message.attachments.length))
                                        message.attachments = [];
                                    message.attachments.push($root.parley.content.v1.HistoryBundle.Attachment.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 13: {
                                    if (wireType !== 2)
                                        break;
                                    message.errorText = reader.stringVerify();
                                    message._errorText = "errorText";
                                    continue;
                                }
                            case 14: {
                                    if (wireType !== 2)
                                        break;
                                    message.errorCode = reader.stringVerify();
                                    message._errorCode = "errorCode";
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
                     * Verifies a HistoryMessage message.
                     * @function verify
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    HistoryMessage.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        let properties = {};
                        if (message.senderAccountId != null && $Object.hasOwnProperty.call(message, "senderAccountId"))
                            if (!$util.isString(message.senderAccountId))
                                return "senderAccountId: string expected";
                        if (message.senderDeviceId != null && $Object.hasOwnProperty.call(message, "senderDeviceId"))
                            if (!$util.isInteger(message.senderDeviceId))
                                return "senderDeviceId: integer expected";
                        if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                            if (!$util.isInteger(message.sentAt) && !(message.sentAt && $util.isInteger(message.sentAt.low) && $util.isInteger(message.sentAt.high)))
                                return "sentAt: integer|Long expected";
                        if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt"))
                            if (!$util.isInteger(message.receivedAt) && !(message.receivedAt && $util.isInteger(message.receivedAt.low) && $util.isInteger(message.receivedAt.high)))
                                return "receivedAt: integer|Long expected";
                        if (message.body != null && $Object.hasOwnProperty.call(message, "body")) {
                            properties._body = 1;
                            if (!$util.isString(message.body))
                                return "body: string expected";
                        }
                        if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                            if (!$util.isString(message.status))
                                return "status: string expected";
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                            if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                                return "kind: enum value expected";
                        if (message.quote != null && $Object.hasOwnProperty.call(message, "quote")) {
                            properties._quote = 1;
                            {
                                let error = $root.parley.content.v1.Quote.verify(message.quote, _depth + 1);
                                if (error)
                                    return "quote." + error;
                            }
                        }
                        if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt")) {
                            properties._editedAt = 1;
                            if (!$util.isInteger(message.editedAt) && !(message.editedAt && $util.isInteger(message.editedAt.low) && $util.isInteger(message.editedAt.high)))
                                return "editedAt: integer|Long expected";
                        }
                        if (message.deletedForEveryone != null && $Object.hasOwnProperty.call(message, "deletedForEveryone"))
                            if (typeof message.deletedForEveryone !== "boolean")
                                return "deletedForEveryone: boolean expected";
                        if (message.reactions != null && $Object.hasOwnProperty.call(message, "reactions")) {
                            if (!$Array.isArray(message.reactions))
                                return "reactions: array expected";
                            for (let i = 0; i < message.reactions.length; ++i) {
                                let error = $root.parley.content.v1.HistoryBundle.Reaction.verify(message.reactions[i], _depth + 1);
                                if (error)
                                    return "reactions." + error;
                            }
                        }
                        if (message.attachments != null && $Object.hasOwnProperty.call(message, "attachments")) {
                            if (!$Array.isArray(message.attachments))
                                return "attachments: array expected";
                            for (let i = 0; i < message.attachments.length; ++i) {
                                let error = $root.parley.content.v1.HistoryBundle.Attachment.verify(message.attachments[i], _depth + 1);
                                if (error)
                                    return "attachments." + error;
                            }
                        }
                        if (message.errorText != null && $Object.hasOwnProperty.call(message, "errorText")) {
                            properties._errorText = 1;
                            if (!$util.isString(message.errorText))
                                return "errorText: string expected";
                        }
                        if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode")) {
                            properties._errorCode = 1;
                            if (!$util.isString(message.errorCode))
                                return "errorCode: string expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a HistoryMessage message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.HistoryBundle.HistoryMessage} HistoryMessage
                     */
                    HistoryMessage.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.HistoryBundle.HistoryMessage)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.HistoryBundle.HistoryMessage: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.HistoryBundle.HistoryMessage();
                        if (object.senderAccountId != null)
                            if (typeof object.senderAccountId !== "string" || object.senderAccountId.length)
                                message.senderAccountId = $String(object.senderAccountId);
                        if (object.senderDeviceId != null)
                            if ($Number(object.senderDeviceId) !== 0)
                                message.senderDeviceId = object.senderDeviceId >>> 0;
                        if (object.sentAt != null)
                            if (typeof object.sentAt === "object" ? object.sentAt.low || object.sentAt.high : $Number(object.sentAt) !== 0)
                                if ($util.Long)
                                    message.sentAt = $util.Long.fromValue(object.sentAt, true);
                                else if (typeof object.sentAt === "string")
                                    message.sentAt = $parseInt(object.sentAt, 10);
                                else if (typeof object.sentAt === "number")
                                    message.sentAt = object.sentAt;
                                else if (typeof object.sentAt === "object")
                                    message.sentAt = new $util.LongBits(object.sentAt.low >>> 0, object.sentAt.high >>> 0).toNumber(true);
                        if (object.receivedAt != null)
                            if (typeof object.receivedAt === "object" ? object.receivedAt.low || object.receivedAt.high : $Number(object.receivedAt) !== 0)
                                if ($util.Long)
                                    message.receivedAt = $util.Long.fromValue(object.receivedAt, true);
                                else if (typeof object.receivedAt === "string")
                                    message.receivedAt = $parseInt(object.receivedAt, 10);
                                else if (typeof object.receivedAt === "number")
                                    message.receivedAt = object.receivedAt;
                                else if (typeof object.receivedAt === "object")
                                    message.receivedAt = new $util.LongBits(object.receivedAt.low >>> 0, object.receivedAt.high >>> 0).toNumber(true);
                        if (object.body != null)
                            message.body = $String(object.body);
                        if (object.status != null)
                            if (typeof object.status !== "string" || object.status.length)
                                message.status = $String(object.status);
                        if (object.kind !== 0 && (typeof object.kind !== "string" || $root.parley.content.v1.HistoryBundle.HistoryMessage.Kind[object.kind] !== 0))
                            switch (object.kind) {
                            case "TEXT":
                            case 0:
                                message.kind = 0;
                                break;
                            case "IDENTITY_CHANGE":
                            case 1:
                                message.kind = 1;
                                break;
                            case "VERIFIED_CHANGE":
                            case 2:
                                message.kind = 2;
                                break;
                            case "UNDECRYPTABLE":
                            case 3:
                                message.kind = 3;
                                break;
                            default:
                                if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                    message.kind = object.kind;
                            }
                        if (object.quote != null) {
                            if (!$util.isObject(object.quote))
                                throw $TypeError(".parley.content.v1.HistoryBundle.HistoryMessage.quote: object expected");
                            message.quote = $root.parley.content.v1.Quote.fromObject(object.quote, _depth + 1);
                        }
                        if (object.editedAt != null)
                            if ($util.Long)
                                message.editedAt = $util.Long.fromValue(object.editedAt, true);
                            else if (typeof object.editedAt === "string")
                                message.editedAt = $parseInt(object.editedAt, 10);
                            else if (typeof object.editedAt === "number")
                                message.editedAt = object.editedAt;
                            else if (typeof object.editedAt === "object")
                                message.editedAt = new $util.LongBits(object.editedAt.low >>> 0, object.editedAt.high >>> 0).toNumber(true);
                        if (object.deletedForEveryone != null)
                            if (object.deletedForEveryone)
                                message.deletedForEveryone = $Boolean(object.deletedForEveryone);
                        if (object.reactions) {
                            if (!$Array.isArray(object.reactions))
                                throw $TypeError(".parley.content.v1.HistoryBundle.HistoryMessage.reactions: array expected");
                            message.reactions = $Array(object.reactions.length);
                            for (let i = 0; i < object.reactions.length; ++i) {
                                if (!$util.isObject(object.reactions[i]))
                                    throw $TypeError(".parley.content.v1.HistoryBundle.HistoryMessage.reactions: object expected");
                                message.reactions[i] = $root.parley.content.v1.HistoryBundle.Reaction.fromObject(object.reactions[i], _depth + 1);
                            }
                        }
                        if (object.attachments) {
                            if (!$Array.isArray(object.attachments))
                                throw $TypeError(".parley.content.v1.HistoryBundle.HistoryMessage.attachments: array expected");
                            message.attachments = $Array(object.attachments.length);
                            for (let i = 0; i < object.attachments.length; ++i) {
                                if (!$util.isObject(object.attachments[i]))
                                    throw $TypeError(".parley.content.v1.HistoryBundle.HistoryMessage.attachments: object expected");
                                message.attachments[i] = $root.parley.content.v1.HistoryBundle.Attachment.fromObject(object.attachments[i], _depth + 1);
                            }
                        }
                        if (object.errorText != null)
                            message.errorText = $String(object.errorText);
                        if (object.errorCode != null)
                            message.errorCode = $String(object.errorCode);
                        return message;
                    };

                    /**
                     * Creates a plain object from a HistoryMessage message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @static
                     * @param {parley.content.v1.HistoryBundle.HistoryMessage} message HistoryMessage
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    HistoryMessage.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.reactions = [];
                            object.attachments = [];
                        }
                        if (options.defaults) {
                            object.senderAccountId = "";
                            object.senderDeviceId = 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.sentAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.sentAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.receivedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.receivedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.status = "";
                            object.kind = options.enums === $String ? "TEXT" : 0;
                            object.deletedForEveryone = false;
                        }
                        if (message.senderAccountId != null && $Object.hasOwnProperty.call(message, "senderAccountId"))
                            object.senderAccountId = message.senderAccountId;
                        if (message.senderDeviceId != null && $Object.hasOwnProperty.call(message, "senderDeviceId"))
                            object.senderDeviceId = message.senderDeviceId;
                        if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.sentAt = typeof message.sentAt === "number" ? $BigInt(message.sentAt) : $util.Long.fromBits(message.sentAt.low >>> 0, message.sentAt.high >>> 0, true).toBigInt();
                            else if (typeof message.sentAt === "number")
                                object.sentAt = options.longs === $String ? $String(message.sentAt) : message.sentAt;
                            else
                                object.sentAt = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAt) : options.longs === $Number ? new $util.LongBits(message.sentAt.low >>> 0, message.sentAt.high >>> 0).toNumber(true) : message.sentAt;
                        if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.receivedAt = typeof message.receivedAt === "number" ? $BigInt(message.receivedAt) : $util.Long.fromBits(message.receivedAt.low >>> 0, message.receivedAt.high >>> 0, true).toBigInt();
                            else if (typeof message.receivedAt === "number")
                                object.receivedAt = options.longs === $String ? $String(message.receivedAt) : message.receivedAt;
                            else
                                object.receivedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.receivedAt) : options.longs === $Number ? new $util.LongBits(message.receivedAt.low >>> 0, message.receivedAt.high >>> 0).toNumber(true) : message.receivedAt;
                        if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                            object.body = message.body;
                        if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                            object.status = message.status;
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                            object.kind = options.enums === $String ? $root.parley.content.v1.HistoryBundle.HistoryMessage.Kind[message.kind] === $undefined ? message.kind : $root.parley.content.v1.HistoryBundle.HistoryMessage.Kind[message.kind] : message.kind;
                        if (message.quote != null && $Object.hasOwnProperty.call(message, "quote"))
                            object.quote = $root.parley.content.v1.Quote.toObject(message.quote, options, _depth + 1);
                        if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.editedAt = typeof message.editedAt === "number" ? $BigInt(message.editedAt) : $util.Long.fromBits(message.editedAt.low >>> 0, message.editedAt.high >>> 0, true).toBigInt();
                            else if (typeof message.editedAt === "number")
                                object.editedAt = options.longs === $String ? $String(message.editedAt) : message.editedAt;
                            else
                                object.editedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.editedAt) : options.longs === $Number ? new $util.LongBits(message.editedAt.low >>> 0, message.editedAt.high >>> 0).toNumber(true) : message.editedAt;
                        if (message.deletedForEveryone != null && $Object.hasOwnProperty.call(message, "deletedForEveryone"))
                            object.deletedForEveryone = message.deletedForEveryone;
                        if (message.reactions && message.reactions.length) {
                            object.reactions = $Array(message.reactions.length);
                            for (let j = 0; j < message.reactions.length; ++j)
                                object.reactions[j] = $root.parley.content.v1.HistoryBundle.Reaction.toObject(message.reactions[j], options, _depth + 1);
                        }
                        if (message.attachments && message.attachments.length) {
                            object.attachments = $Array(message.attachments.length);
                            for (let j = 0; j < message.attachments.length; ++j)
                                object.attachments[j] = $root.parley.content.v1.HistoryBundle.Attachment.toObject(message.attachments[j], options, _depth + 1);
                        }
                        if (message.errorText != null && $Object.hasOwnProperty.call(message, "errorText"))
                            object.errorText = message.errorText;
                        if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                            object.errorCode = message.errorCode;
                        return object;
                    };

                    /**
                     * Converts this HistoryMessage to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.HistoryBundle.HistoryMessage
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    HistoryMessage.prototype.toJSON = function() {
                        return HistoryMessage.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Kind enum.
                     * @name parley.content.v1.HistoryBundle.HistoryMessage.Kind
                     * @enum {number}
                     * @property {number} TEXT=0 TEXT value
                     * @property {number} IDENTITY_CHANGE=1 IDENTITY_CHANGE value
                     * @property {number} VERIFIED_CHANGE=2 VERIFIED_CHANGE value
                     * @property {number} UNDECRYPTABLE=3 UNDECRYPTABLE value
                     */
                    HistoryMessage.Kind = (function() {
                        const valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "TEXT"] = 0;
                        values[valuesById[1] = "IDENTITY_CHANGE"] = 1;
                        values[valuesById[2] = "VERIFIED_CHANGE"] = 2;
                        values[valuesById[3] = "UNDECRYPTABLE"] = 3;
                        return values;
                    })();

                    return HistoryMessage;
                })();

                /**
                 * VerifiedState enum.
                 * @name parley.content.v1.HistoryBundle.VerifiedState
                 * @enum {number}
                 * @property {number} DEFAULT=0 DEFAULT value
                 * @property {number} VERIFIED=1 VERIFIED value
                 * @property {number} UNVERIFIED=2 UNVERIFIED value
                 */
                HistoryBundle.VerifiedState = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "DEFAULT"] = 0;
                    values[valuesById[1] = "VERIFIED"] = 1;
                    values[valuesById[2] = "UNVERIFIED"] = 2;
                    return values;
                })();

                HistoryBundle.Conversation = (function() {

                    /**
                     * Properties of a Conversation.
                     * @typedef {Object} parley.content.v1.HistoryBundle.Conversation.$Properties
                     * @property {string} [peerAccountId] Conversation peerAccountId
                     * @property {string|null} [peerHandle] Conversation peerHandle
                     * @property {Array.<parley.content.v1.HistoryBundle.HistoryMessage.$Properties>} [messages] Conversation messages
                     * @property {string|null} [peerProfileName] Conversation peerProfileName
                     * @property {string|null} [peerAvatarDataUrl] Conversation peerAvatarDataUrl
                     * @property {boolean} [pinned] Conversation pinned
                     * @property {boolean} [archived] Conversation archived
                     * @property {number|null} [mutedUntil] Conversation mutedUntil
                     * @property {parley.content.v1.HistoryBundle.VerifiedState} [verified] Conversation verified
                     * @property {Uint8Array|null} [peerIdentityKey] Conversation peerIdentityKey
                     * @property {number|null} [lastReadAt] Conversation lastReadAt
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Conversation.
                     * @memberof parley.content.v1.HistoryBundle
                     * @interface IConversation
                     * @augments parley.content.v1.HistoryBundle.Conversation.$Properties
                     * @deprecated Use parley.content.v1.HistoryBundle.Conversation.$Properties instead.
                     */

                    /**
                     * Shape of a Conversation.
                     * @typedef {parley.content.v1.HistoryBundle.Conversation.$Properties} parley.content.v1.HistoryBundle.Conversation.$Shape
                     */

                    /**
                     * Constructs a new Conversation.
                     * @memberof parley.content.v1.HistoryBundle
                     * @classdesc Represents a Conversation.
                     * @constructor
                     * @param {parley.content.v1.HistoryBundle.Conversation.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Conversation = function (properties) {
                        this.messages = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Conversation peerAccountId.
                     * @member {string} peerAccountId
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.peerAccountId = "";

                    /**
                     * Conversation peerHandle.
                     * @member {string|null} peerHandle
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.peerHandle = null;

                    /**
                     * Conversation messages.
                     * @member {Array.<parley.content.v1.HistoryBundle.HistoryMessage>} messages
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.messages = $util.emptyArray;

                    /**
                     * Conversation peerProfileName.
                     * @member {string|null} peerProfileName
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.peerProfileName = null;

                    /**
                     * Conversation peerAvatarDataUrl.
                     * @member {string|null} peerAvatarDataUrl
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.peerAvatarDataUrl = null;

                    /**
                     * Conversation pinned.
                     * @member {boolean} pinned
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.pinned = false;

                    /**
                     * Conversation archived.
                     * @member {boolean} archived
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.archived = false;

                    /**
                     * Conversation mutedUntil.
                     * @member {number|null} mutedUntil
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.mutedUntil = null;

                    /**
                     * Conversation verified.
                     * @member {parley.content.v1.HistoryBundle.VerifiedState} verified
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.verified = 0;

                    /**
                     * Conversation peerIdentityKey.
                     * @member {Uint8Array|null} peerIdentityKey
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.peerIdentityKey = null;

                    /**
                     * Conversation lastReadAt.
                     * @member {number|null} lastReadAt
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     */
                    Conversation.prototype.lastReadAt = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Conversation.prototype, "_peerHandle", {
                        get: $util.oneOfGetter($oneOfFields = ["peerHandle"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Conversation.prototype, "_peerProfileName", {
                        get: $util.oneOfGetter($oneOfFields = ["peerProfileName"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Conversation.prototype, "_peerAvatarDataUrl", {
                        get: $util.oneOfGetter($oneOfFields = ["peerAvatarDataUrl"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Conversation.prototype, "_mutedUntil", {
                        get: $util.oneOfGetter($oneOfFields = ["mutedUntil"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Conversation.prototype, "_peerIdentityKey", {
                        get: $util.oneOfGetter($oneOfFields = ["peerIdentityKey"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(Conversation.prototype, "_lastReadAt", {
                        get: $util.oneOfGetter($oneOfFields = ["lastReadAt"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new Conversation instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Conversation.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.HistoryBundle.Conversation} Conversation instance
                     * @type {{
                     *   (properties: parley.content.v1.HistoryBundle.Conversation.$Shape): parley.content.v1.HistoryBundle.Conversation & parley.content.v1.HistoryBundle.Conversation.$Shape;
                     *   (properties?: parley.content.v1.HistoryBundle.Conversation.$Properties): parley.content.v1.HistoryBundle.Conversation;
                     * }}
                     */
                    Conversation.create = function(properties) {
                        return new Conversation(properties);
                    };

                    /**
                     * Encodes the specified Conversation message. Does not implicitly {@link parley.content.v1.HistoryBundle.Conversation.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Conversation.$Properties} message Conversation message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Conversation.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.peerAccountId != null && $Object.hasOwnProperty.call(message, "peerAccountId") && message.peerAccountId !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerAccountId);
                        if (message.peerHandle != null && $Object.hasOwnProperty.call(message, "peerHandle"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerHandle);
                        if (message.messages != null && message.messages.length)
                            for (let i = 0; i < message.messages.length; ++i)
                                $root.parley.content.v1.HistoryBundle.HistoryMessage.encode(message.messages[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.peerProfileName != null && $Object.hasOwnProperty.call(message, "peerProfileName"))
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.peerProfileName);
                        if (message.peerAvatarDataUrl != null && $Object.hasOwnProperty.call(message, "peerAvatarDataUrl"))
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.peerAvatarDataUrl);
                        if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned") && message.pinned !== false)
                            writer.uint32(/* id 6, wireType 0 =*/48).bool(message.pinned);
                        if (message.archived != null && $Object.hasOwnProperty.call(message, "archived") && message.archived !== false)
                            writer.uint32(/* id 7, wireType 0 =*/56).bool(message.archived);
                        if (message.mutedUntil != null && $Object.hasOwnProperty.call(message, "mutedUntil"))
                            writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.mutedUntil);
                        if (message.verified != null && $Object.hasOwnProperty.call(message, "verified") && message.verified !== 0)
                            writer.uint32(/* id 9, wireType 0 =*/72).int32(message.verified);
                        if (message.peerIdentityKey != null && $Object.hasOwnProperty.call(message, "peerIdentityKey"))
                            writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.peerIdentityKey);
                        if (message.lastReadAt != null && $Object.hasOwnProperty.call(message, "lastReadAt"))
                            writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.lastReadAt);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Conversation message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.HistoryBundle.Conversation & parley.content.v1.HistoryBundle.Conversation.$Shape} Conversation
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Conversation.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.HistoryBundle.Conversation();
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
                                        message.peerAccountId = value;
                                    else
                                        delete message.peerAccountId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.peerHandle = reader.stringVerify();
                                    message._peerHandle = "peerHandle";
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.messages && message.messages.length))
                                        message.messages = [];
                                    message.messages.push($root.parley.content.v1.HistoryBundle.HistoryMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.peerProfileName = reader.stringVerify();
                                    message._peerProfileName = "peerProfileName";
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.peerAvatarDataUrl = reader.stringVerify();
                                    message._peerAvatarDataUrl = "peerAvatarDataUrl";
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.pinned = value;
                                    else
                                        delete message.pinned;
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.archived = value;
                                    else
                                        delete message.archived;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 0)
                                        break;
                                    message.mutedUntil = reader.uint64();
                                    message._mutedUntil = "mutedUntil";
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.verified = value;
                                    else
                                        delete message.verified;
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 2)
                                        break;
                                    message.peerIdentityKey = reader.bytes();
                                    message._peerIdentityKey = "peerIdentityKey";
                                    continue;
                                }
                            case 11: {
                                    if (wireType !== 0)
                                        break;
                                    message.lastReadAt = reader.uint64();
                                    message._lastReadAt = "lastReadAt";
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
                     * Verifies a Conversation message.
                     * @function verify
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Conversation.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        let properties = {};
                        if (message.peerAccountId != null && $Object.hasOwnProperty.call(message, "peerAccountId"))
                            if (!$util.isString(message.peerAccountId))
                                return "peerAccountId: string expected";
                        if (message.peerHandle != null && $Object.hasOwnProperty.call(message, "peerHandle")) {
                            properties._peerHandle = 1;
                            if (!$util.isString(message.peerHandle))
                                return "peerHandle: string expected";
                        }
                        if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                            if (!$Array.isArray(message.messages))
                                return "messages: array expected";
                            for (let i = 0; i < message.messages.length; ++i) {
                                let error = $root.parley.content.v1.HistoryBundle.HistoryMessage.verify(message.messages[i], _depth + 1);
                                if (error)
                                    return "messages." + error;
                            }
                        }
                        if (message.peerProfileName != null && $Object.hasOwnProperty.call(message, "peerProfileName")) {
                            properties._peerProfileName = 1;
                            if (!$util.isString(message.peerProfileName))
                                return "peerProfileName: string expected";
                        }
                        if (message.peerAvatarDataUrl != null && $Object.hasOwnProperty.call(message, "peerAvatarDataUrl")) {
                            properties._peerAvatarDataUrl = 1;
                            if (!$util.isString(message.peerAvatarDataUrl))
                                return "peerAvatarDataUrl: string expected";
                        }
                        if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned"))
                            if (typeof message.pinned !== "boolean")
                                return "pinned: boolean expected";
                        if (message.archived != null && $Object.hasOwnProperty.call(message, "archived"))
                            if (typeof message.archived !== "boolean")
                                return "archived: boolean expected";
                        if (message.mutedUntil != null && $Object.hasOwnProperty.call(message, "mutedUntil")) {
                            properties._mutedUntil = 1;
                            if (!$util.isInteger(message.mutedUntil) && !(message.mutedUntil && $util.isInteger(message.mutedUntil.low) && $util.isInteger(message.mutedUntil.high)))
                                return "mutedUntil: integer|Long expected";
                        }
                        if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                            if (typeof message.verified !== "number" || (message.verified | 0) !== message.verified)
                                return "verified: enum value expected";
                        if (message.peerIdentityKey != null && $Object.hasOwnProperty.call(message, "peerIdentityKey")) {
                            properties._peerIdentityKey = 1;
                            if (!(message.peerIdentityKey && typeof message.peerIdentityKey.length === "number" || $util.isString(message.peerIdentityKey)))
                                return "peerIdentityKey: buffer expected";
                        }
                        if (message.lastReadAt != null && $Object.hasOwnProperty.call(message, "lastReadAt")) {
                            properties._lastReadAt = 1;
                            if (!$util.isInteger(message.lastReadAt) && !(message.lastReadAt && $util.isInteger(message.lastReadAt.low) && $util.isInteger(message.lastReadAt.high)))
                                return "lastReadAt: integer|Long expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a Conversation message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.HistoryBundle.Conversation} Conversation
                     */
                    Conversation.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.HistoryBundle.Conversation)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.HistoryBundle.Conversation: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.HistoryBundle.Conversation();
                        if (object.peerAccountId != null)
                            if (typeof object.peerAccountId !== "string" || object.peerAccountId.length)
                                message.peerAccountId = $String(object.peerAccountId);
                        if (object.peerHandle != null)
                            message.peerHandle = $String(object.peerHandle);
                        if (object.messages) {
                            if (!$Array.isArray(object.messages))
                                throw $TypeError(".parley.content.v1.HistoryBundle.Conversation.messages: array expected");
                            message.messages = $Array(object.messages.length);
                            for (let i = 0; i < object.messages.length; ++i) {
                                if (!$util.isObject(object.messages[i]))
                                    throw $TypeError(".parley.content.v1.HistoryBundle.Conversation.messages: object expected");
                                message.messages[i] = $root.parley.content.v1.HistoryBundle.HistoryMessage.fromObject(object.messages[i], _depth + 1);
                            }
                        }
                        if (object.peerProfileName != null)
                            message.peerProfileName = $String(object.peerProfileName);
                        if (object.peerAvatarDataUrl != null)
                            message.peerAvatarDataUrl = $String(object.peerAvatarDataUrl);
                        if (object.pinned != null)
                            if (object.pinned)
                                message.pinned = $Boolean(object.pinned);
                        if (object.archived != null)
                            if (object.archived)
                                message.archived = $Boolean(object.archived);
                        if (object.mutedUntil != null)
                            if ($util.Long)
                                message.mutedUntil = $util.Long.fromValue(object.mutedUntil, true);
                            else if (typeof object.mutedUntil === "string")
                                message.mutedUntil = $parseInt(object.mutedUntil, 10);
                            else if (typeof object.mutedUntil === "number")
                                message.mutedUntil = object.mutedUntil;
                            else if (typeof object.mutedUntil === "object")
                                message.mutedUntil = new $util.LongBits(object.mutedUntil.low >>> 0, object.mutedUntil.high >>> 0).toNumber(true);
                        if (object.verified !== 0 && (typeof object.verified !== "string" || $root.parley.content.v1.HistoryBundle.VerifiedState[object.verified] !== 0))
                            switch (object.verified) {
                            case "DEFAULT":
                            case 0:
                                message.verified = 0;
                                break;
                            case "VERIFIED":
                            case 1:
                                message.verified = 1;
                                break;
                            case "UNVERIFIED":
                            case 2:
                                message.verified = 2;
                                break;
                            default:
                                if (typeof object.verified === "number" && (object.verified | 0) === object.verified)
                                    message.verified = object.verified;
                            }
                        if (object.peerIdentityKey != null)
                            if (typeof object.peerIdentityKey === "string")
                                $util.base64.decode(object.peerIdentityKey, message.peerIdentityKey = $util.newBuffer($util.base64.length(object.peerIdentityKey)), 0);
                            else if (object.peerIdentityKey.length >= 0)
                                message.peerIdentityKey = object.peerIdentityKey;
                        if (object.lastReadAt != null)
                            if ($util.Long)
                                message.lastReadAt = $util.Long.fromValue(object.lastReadAt, true);
                            else if (typeof object.lastReadAt === "string")
                                message.lastReadAt = $parseInt(object.lastReadAt, 10);
                            else if (typeof object.lastReadAt === "number")
                                message.lastReadAt = object.lastReadAt;
                            else if (typeof object.lastReadAt === "object")
                                message.lastReadAt = new $util.LongBits(object.lastReadAt.low >>> 0, object.lastReadAt.high >>> 0).toNumber(true);
                        return message;
                    };

                    /**
                     * Creates a plain object from a Conversation message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Conversation} message Conversation
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Conversation.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.messages = [];
                        if (options.defaults) {
                            object.peerAccountId = "";
                            object.pinned = false;
                            object.archived = false;
                            object.verified = options.enums === $String ? "DEFAULT" : 0;
                        }
                        if (message.peerAccountId != null && $Object.hasOwnProperty.call(message, "peerAccountId"))
                            object.peerAccountId = message.peerAccountId;
                        if (message.peerHandle != null && $Object.hasOwnProperty.call(message, "peerHandle"))
                            object.peerHandle = message.peerHandle;
                        if (message.messages && message.messages.length) {
                            object.messages = $Array(message.messages.length);
                            for (let j = 0; j < message.messages.length; ++j)
                                object.messages[j] = $root.parley.content.v1.HistoryBundle.HistoryMessage.toObject(message.messages[j], options, _depth + 1);
                        }
                        if (message.peerProfileName != null && $Object.hasOwnProperty.call(message, "peerProfileName"))
                            object.peerProfileName = message.peerProfileName;
                        if (message.peerAvatarDataUrl != null && $Object.hasOwnProperty.call(message, "peerAvatarDataUrl"))
                            object.peerAvatarDataUrl = message.peerAvatarDataUrl;
                        if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned"))
                            object.pinned = message.pinned;
                        if (message.archived != null && $Object.hasOwnProperty.call(message, "archived"))
                            object.archived = message.archived;
                        if (message.mutedUntil != null && $Object.hasOwnProperty.call(message, "mutedUntil"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.mutedUntil = typeof message.mutedUntil === "number" ? $BigInt(message.mutedUntil) : $util.Long.fromBits(message.mutedUntil.low >>> 0, message.mutedUntil.high >>> 0, true).toBigInt();
                            else if (typeof message.mutedUntil === "number")
                                object.mutedUntil = options.longs === $String ? $String(message.mutedUntil) : message.mutedUntil;
                            else
                                object.mutedUntil = options.longs === $String ? $util.Long.prototype.toString.call(message.mutedUntil) : options.longs === $Number ? new $util.LongBits(message.mutedUntil.low >>> 0, message.mutedUntil.high >>> 0).toNumber(true) : message.mutedUntil;
                        if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                            object.verified = options.enums === $String ? $root.parley.content.v1.HistoryBundle.VerifiedState[message.verified] === $undefined ? message.verified : $root.parley.content.v1.HistoryBundle.VerifiedState[message.verified] : message.verified;
                        if (message.peerIdentityKey != null && $Object.hasOwnProperty.call(message, "peerIdentityKey"))
                            object.peerIdentityKey = options.bytes === $String ? $util.base64.encode(message.peerIdentityKey, 0, message.peerIdentityKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.peerIdentityKey) : message.peerIdentityKey;
                        if (message.lastReadAt != null && $Object.hasOwnProperty.call(message, "lastReadAt"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.lastReadAt = typeof message.lastReadAt === "number" ? $BigInt(message.lastReadAt) : $util.Long.fromBits(message.lastReadAt.low >>> 0, message.lastReadAt.high >>> 0, true).toBigInt();
                            else if (typeof message.lastReadAt === "number")
                                object.lastReadAt = options.longs === $String ? $String(message.lastReadAt) : message.lastReadAt;
                            else
                                object.lastReadAt = options.longs === $String ? $util.Long.prototype.toString.call(message.lastReadAt) : options.longs === $Number ? new $util.LongBits(message.lastReadAt.low >>> 0, message.lastReadAt.high >>> 0).toNumber(true) : message.lastReadAt;
                        return object;
                    };

                    /**
                     * Converts this Conversation to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.HistoryBundle.Conversation
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Conversation.prototype.toJSON = function() {
                        return Conversation.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Conversation;
                })();

                HistoryBundle.Media = (function() {

                    /**
                     * Properties of a Media.
                     * @typedef {Object} parley.content.v1.HistoryBundle.Media.$Properties
                     * @property {Array.<parley.content.v1.HistoryBundle.Media.Item.$Properties>} [items] Media items
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Media.
                     * @memberof parley.content.v1.HistoryBundle
                     * @interface IMedia
                     * @augments parley.content.v1.HistoryBundle.Media.$Properties
                     * @deprecated Use parley.content.v1.HistoryBundle.Media.$Properties instead.
                     */

                    /**
                     * Shape of a Media.
                     * @typedef {parley.content.v1.HistoryBundle.Media.$Properties} parley.content.v1.HistoryBundle.Media.$Shape
                     */

                    /**
                     * Constructs a new Media.
                     * @memberof parley.content.v1.HistoryBundle
                     * @classdesc Represents a Media.
                     * @constructor
                     * @param {parley.content.v1.HistoryBundle.Media.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Media = function (properties) {
                        this.items = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Media items.
                     * @member {Array.<parley.content.v1.HistoryBundle.Media.Item>} items
                     * @memberof parley.content.v1.HistoryBundle.Media
                     * @instance
                     */
                    Media.prototype.items = $util.emptyArray;

                    /**
                     * Creates a new Media instance using the specified properties.
                     * @function create
                     * @memberof parley.content.v1.HistoryBundle.Media
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Media.$Properties=} [properties] Properties to set
                     * @returns {parley.content.v1.HistoryBundle.Media} Media instance
                     * @type {{
                     *   (properties: parley.content.v1.HistoryBundle.Media.$Shape): parley.content.v1.HistoryBundle.Media & parley.content.v1.HistoryBundle.Media.$Shape;
                     *   (properties?: parley.content.v1.HistoryBundle.Media.$Properties): parley.content.v1.HistoryBundle.Media;
                     * }}
                     */
                    Media.create = function(properties) {
                        return new Media(properties);
                    };

                    /**
                     * Encodes the specified Media message. Does not implicitly {@link parley.content.v1.HistoryBundle.Media.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.HistoryBundle.Media
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Media.$Properties} message Media message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Media.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.items != null && message.items.length)
                            for (let i = 0; i < message.items.length; ++i)
                                $root.parley.content.v1.HistoryBundle.Media.Item.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Media message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.HistoryBundle.Media
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.HistoryBundle.Media & parley.content.v1.HistoryBundle.Media.$Shape} Media
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Media.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.parley.content.v1.HistoryBundle.Media();
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
                                    if (!(message.items && message.items.length))
                                        message.items = [];
                                    message.items.push($root.parley.content.v1.HistoryBundle.Media.Item.decode(reader, reader.size(), $undefined, _depth + 1));
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
                     * Verifies a Media message.
                     * @function verify
                     * @memberof parley.content.v1.HistoryBundle.Media
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Media.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                            if (!$Array.isArray(message.items))
                                return "items: array expected";
                            for (let i = 0; i < message.items.length; ++i) {
                                let error = $root.parley.content.v1.HistoryBundle.Media.Item.verify(message.items[i], _depth + 1);
                                if (error)
                                    return "items." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a Media message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof parley.content.v1.HistoryBundle.Media
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {parley.content.v1.HistoryBundle.Media} Media
                     */
                    Media.fromObject = function (object, _depth) {
                        if (object instanceof $root.parley.content.v1.HistoryBundle.Media)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".parley.content.v1.HistoryBundle.Media: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.parley.content.v1.HistoryBundle.Media();
                        if (object.items) {
                            if (!$Array.isArray(object.items))
                                throw $TypeError(".parley.content.v1.HistoryBundle.Media.items: array expected");
                            message.items = $Array(object.items.length);
                            for (let i = 0; i < object.items.length; ++i) {
                                if (!$util.isObject(object.items[i]))
                                    throw $TypeError(".parley.content.v1.HistoryBundle.Media.items: object expected");
                                message.items[i] = $root.parley.content.v1.HistoryBundle.Media.Item.fromObject(object.items[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Media message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof parley.content.v1.HistoryBundle.Media
                     * @static
                     * @param {parley.content.v1.HistoryBundle.Media} message Media
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Media.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.items = [];
                        if (message.items && message.items.length) {
                            object.items = $Array(message.items.length);
                            for (let j = 0; j < message.items.length; ++j)
                                object.items[j] = $root.parley.content.v1.HistoryBundle.Media.Item.toObject(message.items[j], options, _depth + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this Media to JSON.
                     * @function toJSON
                     * @memberof parley.content.v1.HistoryBundle.Media
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Media.prototype.toJSON = function() {
                        return Media.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Media.Item = (function() {

                        /**
                         * Properties of an Item.
                         * @typedef {Object} parley.content.v1.HistoryBundle.Media.Item.$Properties
                         * @property {string} [senderAccountId] Item senderAccountId
                         * @property {number} [senderDeviceId] Item senderDeviceId
                         * @property {number} [sentAt] Item sentAt
                         * @property {number} [position] Item position
                         * @property {string|null} [blobId] Item blobId
                         * @property {Uint8Array|null} [digest] Item digest
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an Item.
                         * @memberof parley.content.v1.HistoryBundle.Media
                         * @interface IItem
                         * @augments parley.content.v1.HistoryBundle.Media.Item.$Properties
                         * @deprecated Use parley.content.v1.HistoryBundle.Media.Item.$Properties instead.
                         */

                        /**
                         * Shape of an Item.
                         * @typedef {parley.content.v1.HistoryBundle.Media.Item.$Properties} parley.content.v1.HistoryBundle.Media.Item.$Shape
                         */

                        /**
                         * Constructs a new Item.
                         * @memberof parley.content.v1.HistoryBundle.Media
                         * @classdesc Represents an Item.
                         * @constructor
                         * @param {parley.content.v1.HistoryBundle.Media.Item.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Item = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Item senderAccountId.
                         * @member {string} senderAccountId
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @instance
                         */
                        Item.prototype.senderAccountId = "";

                        /**
                         * Item senderDeviceId.
                         * @member {number} senderDeviceId
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @instance
                         */
                        Item.prototype.senderDeviceId = 0;

                        /**
                         * Item sentAt.
                         * @member {number} sentAt
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @instance
                         */
                        Item.prototype.sentAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * Item position.
                         * @member {number} position
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @instance
                         */
                        Item.prototype.position = 0;

                        /**
                         * Item blobId.
                         * @member {string|null} blobId
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @instance
                         */
                        Item.prototype.blobId = null;

                        /**
                         * Item digest.
                         * @member {Uint8Array|null} digest
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @instance
                         */
                        Item.prototype.digest = null;

                        // OneOf field names bound to virtual getters and setters
                        let $oneOfFields;

                        // Virtual OneOf for proto3 optional field
                        $Object.defineProperty(Item.prototype, "_blobId", {
                            get: $util.oneOfGetter($oneOfFields = ["blobId"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        // Virtual OneOf for proto3 optional field
                        $Object.defineProperty(Item.prototype, "_digest", {
                            get: $util.oneOfGetter($oneOfFields = ["digest"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        /**
                         * Creates a new Item instance using the specified properties.
                         * @function create
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @static
                         * @param {parley.content.v1.HistoryBundle.Media.Item.$Properties=} [properties] Properties to set
                         * @returns {parley.content.v1.HistoryBundle.Media.Item} Item instance
                         * @type {{
                         *   (properties: parley.content.v1.HistoryBundle.Media.Item.$Shape): parley.content.v1.HistoryBundle.Media.Item & parley.content.v1.HistoryBundle.Media.Item.$Shape;
                         *   (properties?: parley.content.v1.HistoryBundle.Media.Item.$Properties): parley.content.v1.HistoryBundle.Media.Item;
                         * }}
                         */
                        Item.create = function(properties) {
                            return new Item(properties);
                        };

                        /**
                         * Encodes the specified Item message. Does not implicitly {@link parley.content.v1.HistoryBundle.Media.Item.verify|verify} messages.
                         * @function encode
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @static
                         * @param {parley.content.v1.HistoryBundle.Media.Item.$Properties} message Item message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Item.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.senderAccountId != null && $Object.hasOwnProperty.call(message, "senderAccountId") && message.senderAccountId !== "")
                                writer.uint32(/* id 1, wireType 2 =*/10).string(message.senderAccountId);
                            if (message.senderDeviceId != null && $Object.hasOwnProperty.call(message, "senderDeviceId") && message.senderDeviceId !== 0)
                                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.senderDeviceId);
                            if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt") && (typeof message.sentAt === "object" ? message.sentAt.low || message.sentAt.high : message.sentAt !== 0))
                                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sentAt);
                            if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.position);
                            if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId"))
                                writer.uint32(/* id 5, wireType 2 =*/42).string(message.blobId);
                            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.digest);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Decodes an Item message from the specified reader or buffer.
                         * @function decode
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {parley.content.v1.HistoryBundle.Media.Item & parley.content.v1.HistoryBundle.Media.Item.$Shape} Item
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Item.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.parley.content.v1.HistoryBundle.Media.Item();
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
                                            message.senderAccountId = value;
                                        else
                                            delete message.senderAccountId;
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.uint32())
                                            message.senderDeviceId = value;
                                        else
                                            delete message.senderDeviceId;
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 0)
                                            break;
                                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                            message.sentAt = value;
                                        else
                                            delete message.sentAt;
                                        continue;
                                    }
                                case 4: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.uint32())
                                            message.position = value;
                                        else
                                            delete message.position;
                                        continue;
                                    }
                                case 5: {
                                        if (wireType !== 2)
                                            break;
                                        message.blobId = reader.stringVerify();
                                        message._blobId = "blobId";
                                        continue;
                                    }
                                case 6: {
                                        if (wireType !== 2)
                                            break;
                                        message.digest = reader.bytes();
                                        message._digest = "digest";
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
                         * Verifies an Item message.
                         * @function verify
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Item.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            let properties = {};
                            if (message.senderAccountId != null && $Object.hasOwnProperty.call(message, "senderAccountId"))
                                if (!$util.isString(message.senderAccountId))
                                    return "senderAccountId: string expected";
                            if (message.senderDeviceId != null && $Object.hasOwnProperty.call(message, "senderDeviceId"))
                                if (!$util.isInteger(message.senderDeviceId))
                                    return "senderDeviceId: integer expected";
                            if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                                if (!$util.isInteger(message.sentAt) && !(message.sentAt && $util.isInteger(message.sentAt.low) && $util.isInteger(message.sentAt.high)))
                                    return "sentAt: integer|Long expected";
                            if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                                if (!$util.isInteger(message.position))
                                    return "position: integer expected";
                            if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId")) {
                                properties._blobId = 1;
                                if (!$util.isString(message.blobId))
                                    return "blobId: string expected";
                            }
                            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest")) {
                                properties._digest = 1;
                                if (!(message.digest && typeof message.digest.length === "number" || $util.isString(message.digest)))
                                    return "digest: buffer expected";
                            }
                            return null;
                        };

                        /**
                         * Creates an Item message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {parley.content.v1.HistoryBundle.Media.Item} Item
                         */
                        Item.fromObject = function (object, _depth) {
                            if (object instanceof $root.parley.content.v1.HistoryBundle.Media.Item)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".parley.content.v1.HistoryBundle.Media.Item: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.parley.content.v1.HistoryBundle.Media.Item();
                            if (object.senderAccountId != null)
                                if (typeof object.senderAccountId !== "string" || object.senderAccountId.length)
                                    message.senderAccountId = $String(object.senderAccountId);
                            if (object.senderDeviceId != null)
                                if ($Number(object.senderDeviceId) !== 0)
                                    message.senderDeviceId = object.senderDeviceId >>> 0;
                            if (object.sentAt != null)
                                if (typeof object.sentAt === "object" ? object.sentAt.low || object.sentAt.high : $Number(object.sentAt) !== 0)
                                    if ($util.Long)
                                        message.sentAt = $util.Long.fromValue(object.sentAt, true);
                                    else if (typeof object.sentAt === "string")
                                        message.sentAt = $parseInt(object.sentAt, 10);
                                    else if (typeof object.sentAt === "number")
                                        message.sentAt = object.sentAt;
                                    else if (typeof object.sentAt === "object")
                                        message.sentAt = new $util.LongBits(object.sentAt.low >>> 0, object.sentAt.high >>> 0).toNumber(true);
                            if (object.position != null)
                                if ($Number(object.position) !== 0)
                                    message.position = object.position >>> 0;
                            if (object.blobId != null)
                                message.blobId = $String(object.blobId);
                            if (object.digest != null)
                                if (typeof object.digest === "string")
                                    $util.base64.decode(object.digest, message.digest = $util.newBuffer($util.base64.length(object.digest)), 0);
                                else if (object.digest.length >= 0)
                                    message.digest = object.digest;
                            return message;
                        };

                        /**
                         * Creates a plain object from an Item message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @static
                         * @param {parley.content.v1.HistoryBundle.Media.Item} message Item
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Item.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults) {
                                object.senderAccountId = "";
                                object.senderDeviceId = 0;
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, true);
                                    object.sentAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.sentAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                object.position = 0;
                            }
                            if (message.senderAccountId != null && $Object.hasOwnProperty.call(message, "senderAccountId"))
                                object.senderAccountId = message.senderAccountId;
                            if (message.senderDeviceId != null && $Object.hasOwnProperty.call(message, "senderDeviceId"))
                                object.senderDeviceId = message.senderDeviceId;
                            if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.sentAt = typeof message.sentAt === "number" ? $BigInt(message.sentAt) : $util.Long.fromBits(message.sentAt.low >>> 0, message.sentAt.high >>> 0, true).toBigInt();
                                else if (typeof message.sentAt === "number")
                                    object.sentAt = options.longs === $String ? $String(message.sentAt) : message.sentAt;
                                else
                                    object.sentAt = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAt) : options.longs === $Number ? new $util.LongBits(message.sentAt.low >>> 0, message.sentAt.high >>> 0).toNumber(true) : message.sentAt;
                            if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                                object.position = message.position;
                            if (message.blobId != null && $Object.hasOwnProperty.call(message, "blobId"))
                                object.blobId = message.blobId;
                            if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                                object.digest = options.bytes === $String ? $util.base64.encode(message.digest, 0, message.digest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.digest) : message.digest;
                            return object;
                        };

                        /**
                         * Converts this Item to JSON.
                         * @function toJSON
                         * @memberof parley.content.v1.HistoryBundle.Media.Item
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Item.prototype.toJSON = function() {
                            return Item.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        return Item;
                    })();

                    return Media;
                })();

                return HistoryBundle;
            })();

            return v1;
        })();

        return content;
    })();

    return parley;
})();

export {
  $root as default
};
