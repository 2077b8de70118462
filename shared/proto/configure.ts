/**
 * Must be evaluated before the generated code: protobufjs reads `util.Long` both when the
 * generated module builds its default values and when it decodes. Without Long, 64-bit
 * fields are plain numbers, as the generated types (`--force-number`) promise; ours are
 * millisecond timestamps and request ids, far below 2^53.
 */
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = null as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
