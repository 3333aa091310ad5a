/**
 * CRC-32 (IEEE 802.3, the polynomial zip and PNG use). Links carry it so that a character lost or
 * changed in transit is reported as damage instead of silently decoding to different answers.
 */

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
	// Built on first use so that pages which never decode a link pay nothing at start-up.
	if (table) return table;
	table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
}

/** The CRC-32 of `bytes` as an unsigned 32-bit integer (crc32('123456789') is 0xcbf43926). */
export function crc32(bytes: Uint8Array): number {
	const t = crcTable();
	let crc = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) crc = t[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}
