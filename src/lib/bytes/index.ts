/**
 * Byte-level helpers shared by every link format (results, training completion, comparisons):
 * base64url, CRC-32, bit and byte packing, DEFLATE, and the checksummed fragment envelope.
 */
export { encodeBase64Url, decodeBase64Url, isBase64Url } from './base64url';
export { crc32 } from './crc32';
export { BitReader, BitWriter } from './bits';
export { ByteReader, ByteWriter, MAX_VARINT, fromUtf8, utf8 } from './bytes';
export { deflate, inflate } from './deflate';
export {
	CHECKSUM_BYTES,
	openFragment,
	sealFragment,
	type FragmentProblem,
	type OpenedFragment,
} from './fragment';
