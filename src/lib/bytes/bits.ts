/**
 * Bit-level packing, most significant bit first, for fields narrower than a byte (a 3-bit answer
 * per control packs 66 answers into 25 bytes instead of 66).
 */

/** Appends unsigned fields of 1 to 24 bits; `bytes()` pads the last byte with zero bits. */
export class BitWriter {
	#out: number[] = [];
	#buffer = 0;
	#count = 0;

	/** Appends the low `bits` bits of `value` (1 to 24 bits). */
	write(value: number, bits: number): void {
		if (!Number.isInteger(bits) || bits < 1 || bits > 24)
			throw new RangeError(`bits must be 1-24, not ${bits}`);
		if (!Number.isInteger(value) || value < 0 || value >= 2 ** bits) {
			throw new RangeError(`${value} does not fit in ${bits} bits`);
		}
		this.#buffer = (this.#buffer << bits) | value;
		this.#count += bits;
		while (this.#count >= 8) {
			this.#count -= 8;
			this.#out.push((this.#buffer >>> this.#count) & 0xff);
		}
		// Only the bits not yet emitted matter; masking keeps the buffer from overflowing 32 bits.
		this.#buffer &= (1 << this.#count) - 1;
	}

	/** The bits written so far, with the final partial byte padded by zeros. */
	bytes(): Uint8Array {
		const out = Uint8Array.from(this.#out);
		if (this.#count === 0) return out;
		const padded = new Uint8Array(out.length + 1);
		padded.set(out);
		padded[out.length] = (this.#buffer << (8 - this.#count)) & 0xff;
		return padded;
	}
}

/**
 * Reads unsigned fields of 1 to 24 bits. Reading past the end never throws: it yields zero bits and
 * sets `overrun`, so a decoder checks once at the end instead of guarding every read.
 */
export class BitReader {
	readonly #bytes: Uint8Array;
	#position = 0;
	/** True once a read went past the last bit. */
	overrun = false;

	constructor(bytes: Uint8Array) {
		this.#bytes = bytes;
	}

	/** Bits not yet read. */
	get remaining(): number {
		return Math.max(0, this.#bytes.length * 8 - this.#position);
	}

	/** Reads the next `bits` bits (1 to 24) as an unsigned integer. */
	read(bits: number): number {
		let value = 0;
		for (let i = 0; i < bits; i++) {
			const byte = this.#bytes[this.#position >> 3];
			let bit = 0;
			if (byte === undefined) this.overrun = true;
			else bit = (byte >> (7 - (this.#position & 7))) & 1;
			value = (value << 1) | bit;
			this.#position++;
		}
		return value >>> 0;
	}
}
