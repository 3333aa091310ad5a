/**
 * Raw DEFLATE (RFC 1951) through the platform's CompressionStream and DecompressionStream, which
 * browsers and Node 24 ship, so the site carries no compression library. Both helpers resolve and
 * never reject: callers decode untrusted links and must always get an answer back.
 */

/** Largest payload of one stored (uncompressed) DEFLATE block. */
const STORED_BLOCK = 0xffff;

/**
 * DEFLATE in stored blocks: valid raw DEFLATE that any inflater reads, used when the platform
 * cannot compress, so that encoding still works, only longer.
 */
function storedDeflate(bytes: Uint8Array): Uint8Array {
	const blocks = Math.max(1, Math.ceil(bytes.length / STORED_BLOCK));
	const out = new Uint8Array(bytes.length + blocks * 5);
	let o = 0;
	for (let b = 0; b < blocks; b++) {
		const chunk = bytes.subarray(b * STORED_BLOCK, (b + 1) * STORED_BLOCK);
		// Header bits: BFINAL on the last block, BTYPE 00 (stored); then LEN and its complement.
		out[o++] = b === blocks - 1 ? 1 : 0;
		out[o++] = chunk.length & 0xff;
		out[o++] = chunk.length >> 8;
		out[o++] = ~chunk.length & 0xff;
		out[o++] = (~chunk.length >> 8) & 0xff;
		out.set(chunk, o);
		o += chunk.length;
	}
	return out;
}

/** Collects a stream's chunks; resolves null when the stream errors or exceeds `maxBytes`. */
async function collect(
	stream: ReadableStream<Uint8Array>,
	maxBytes: number
): Promise<Uint8Array | null> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.length;
			if (total > maxBytes) {
				// Stop inflating at once: a small hostile link may expand to gigabytes.
				reader.cancel().catch(() => undefined);
				return null;
			}
			chunks.push(value);
		}
	} catch {
		return null;
	}
	const out = new Uint8Array(total);
	let o = 0;
	for (const chunk of chunks) {
		out.set(chunk, o);
		o += chunk.length;
	}
	return out;
}

/** Pushes `bytes` through a transform stream, swallowing write-side errors the read side reports. */
function pipe(
	transform: CompressionStream | DecompressionStream,
	bytes: Uint8Array
): ReadableStream<Uint8Array> {
	const writer = transform.writable.getWriter();
	// Copy into a fresh ArrayBuffer-backed array: a view over a SharedArrayBuffer is not a BufferSource.
	writer.write(new Uint8Array(bytes)).catch(() => undefined);
	writer.close().catch(() => undefined);
	return transform.readable;
}

/**
 * Compresses bytes with raw DEFLATE. Falls back to stored blocks (valid DEFLATE, no compression)
 * when CompressionStream is missing or fails, so it always resolves to something `inflate` reads.
 */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	try {
		if (typeof CompressionStream === 'function') {
			const out = await collect(
				pipe(new CompressionStream('deflate-raw'), bytes),
				Number.POSITIVE_INFINITY
			);
			if (out) return out;
		}
	} catch {
		// Fall through to stored blocks.
	}
	return storedDeflate(bytes);
}

/**
 * Decompresses raw DEFLATE. Resolves null, never rejects, when the data is not valid DEFLATE, is
 * truncated, has bytes after its end, or would inflate to more than `maxBytes` (a decompression bomb).
 */
export async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
	try {
		if (typeof DecompressionStream !== 'function') return null;
		return await collect(pipe(new DecompressionStream('deflate-raw'), bytes), maxBytes);
	} catch {
		return null;
	}
}
