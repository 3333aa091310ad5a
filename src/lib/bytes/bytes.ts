/**
 * Byte-level writing and reading for compact binary payloads: fixed-width integers, unsigned
 * LEB128 varints (one byte below 128, so short lengths cost one byte) and length-prefixed UTF-8.
 */

const encoder = new TextEncoder();
// Not fatal: a decoder that meets invalid UTF-8 in a link shows U+FFFD instead of failing, and the
// text is cleaned afterwards anyway.
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** UTF-8 bytes of a string (lone surrogates become U+FFFD). */
export function utf8(text: string): Uint8Array {
	return encoder.encode(text);
}

/** The string UTF-8 `bytes` hold; invalid sequences become U+FFFD. */
export function fromUtf8(bytes: Uint8Array): string {
	return decoder.decode(bytes);
}

/** The largest value `varint` writes and `ByteReader.varint` accepts (four bytes of LEB128). */
export const MAX_VARINT = 2 ** 28 - 1;

/** Appends bytes to a growing buffer. */
export class ByteWriter {
	#buffer = new Uint8Array(64);
	#length = 0;

	/** Bytes written so far. */
	get length(): number {
		return this.#length;
	}

	#reserve(extra: number): void {
		if (this.#length + extra <= this.#buffer.length) return;
		const next = new Uint8Array(Math.max(this.#buffer.length * 2, this.#length + extra));
		next.set(this.#buffer.subarray(0, this.#length));
		this.#buffer = next;
	}

	/** Appends one byte (0-255). */
	u8(value: number): this {
		if (!Number.isInteger(value) || value < 0 || value > 0xff)
			throw new RangeError(`${value} is not a byte`);
		this.#reserve(1);
		this.#buffer[this.#length++] = value;
		return this;
	}

	/** Appends an unsigned 16-bit integer, big-endian. */
	u16(value: number): this {
		if (!Number.isInteger(value) || value < 0 || value > 0xffff)
			throw new RangeError(`${value} is not a uint16`);
		return this.u8(value >> 8).u8(value & 0xff);
	}

	/** Appends an unsigned 32-bit integer, big-endian. */
	u32(value: number): this {
		if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
			throw new RangeError(`${value} is not a uint32`);
		}
		return this.u16(Math.floor(value / 0x10000)).u16(value & 0xffff);
	}

	/** Appends an unsigned LEB128 varint (0 to MAX_VARINT). */
	varint(value: number): this {
		if (!Number.isInteger(value) || value < 0 || value > MAX_VARINT) {
			throw new RangeError(`${value} is out of varint range`);
		}
		while (value >= 0x80) {
			this.u8((value & 0x7f) | 0x80);
			value >>>= 7;
		}
		return this.u8(value);
	}

	/** Appends raw bytes. */
	bytes(bytes: Uint8Array): this {
		this.#reserve(bytes.length);
		this.#buffer.set(bytes, this.#length);
		this.#length += bytes.length;
		return this;
	}

	/** Appends a varint byte length followed by the bytes. */
	block(bytes: Uint8Array): this {
		return this.varint(bytes.length).bytes(bytes);
	}

	/** A copy of everything written. */
	finish(): Uint8Array {
		return this.#buffer.slice(0, this.#length);
	}
}

/**
 * Reads what ByteWriter writes. Like BitReader it never throws: reading past the end yields zeros
 * (or an empty block) and sets `overrun`; a malformed varint sets `malformed`.
 */
export class ByteReader {
	readonly #bytes: Uint8Array;
	#position: number;
	/** True once a read went past the end. */
	overrun = false;
	/** True once a varint was longer than four bytes. */
	malformed = false;

	constructor(bytes: Uint8Array, position = 0) {
		this.#bytes = bytes;
		this.#position = position;
	}

	/** Offset of the next byte to read. */
	get position(): number {
		return this.#position;
	}

	/** Bytes not yet read. */
	get remaining(): number {
		return Math.max(0, this.#bytes.length - this.#position);
	}

	/** Reads one byte. */
	u8(): number {
		const value = this.#bytes[this.#position];
		if (value === undefined) {
			this.overrun = true;
			return 0;
		}
		this.#position++;
		return value;
	}

	/** Reads a big-endian unsigned 16-bit integer. */
	u16(): number {
		return (this.u8() << 8) | this.u8();
	}

	/** Reads a big-endian unsigned 32-bit integer. */
	u32(): number {
		return this.u16() * 0x10000 + this.u16();
	}

	/** Reads an unsigned LEB128 varint of at most four bytes. */
	varint(): number {
		let value = 0;
		for (let shift = 0; shift < 28; shift += 7) {
			const byte = this.u8();
			value += (byte & 0x7f) * 2 ** shift;
			if ((byte & 0x80) === 0 || this.overrun) return value;
		}
		// A fifth byte would allow values no writer produces; treat it as damage, not as a number.
		this.malformed = true;
		return 0;
	}

	/** Reads `length` raw bytes (a view, not a copy); fewer if the input ends first. */
	bytes(length: number): Uint8Array {
		if (length > this.remaining) {
			this.overrun = true;
			const rest = this.#bytes.subarray(this.#position);
			this.#position = this.#bytes.length;
			return rest;
		}
		const out = this.#bytes.subarray(this.#position, this.#position + length);
		this.#position += length;
		return out;
	}

	/** Reads a varint byte length followed by that many bytes. */
	block(): Uint8Array {
		return this.bytes(this.varint());
	}
}
