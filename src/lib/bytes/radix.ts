/**
 * Packs small numbers (digits) into as few bytes as a mixed-radix integer allows: n digits of
 * radix r take the bytes of r^n - 1, instead of n whole bits each. Seven possible answers take
 * log2(7) = 2.81 bits instead of 3, which is what keeps a result link for the full bank short.
 * Big-endian, most significant digit first; the byte length depends only on n and r, so a reader
 * knows it from the bank before reading.
 */

const big = (n: number) => BigInt(n);

/** Bytes needed for `count` digits of `radix` (0 for no digits). */
export function radixBytes(count: number, radix: number): number {
	let max = big(radix) ** big(count) - big(1);
	let bytes = 0;
	while (max > big(0)) {
		max >>= big(8);
		bytes++;
	}
	return bytes;
}

/** The digits (each 0 <= d < radix) as a big-endian integer of exactly radixBytes(count, radix) bytes. */
export function packDigits(digits: readonly number[], radix: number): Uint8Array {
	let value = big(0);
	for (const d of digits) {
		if (!Number.isInteger(d) || d < 0 || d >= radix)
			throw new RangeError(`digit ${d} out of range`);
		value = value * big(radix) + big(d);
	}
	const out = new Uint8Array(radixBytes(digits.length, radix));
	for (let i = out.length - 1; i >= 0; i--) {
		out[i] = Number(value & big(0xff));
		value >>= big(8);
	}
	return out;
}

/**
 * The `count` digits packed in `bytes`, or null when the bytes hold a number no `count` digits of
 * `radix` can make (a damaged or forged payload) or have the wrong length.
 */
export function unpackDigits(bytes: Uint8Array, count: number, radix: number): number[] | null {
	if (bytes.length !== radixBytes(count, radix)) return null;
	let value = big(0);
	for (const b of bytes) value = (value << big(8)) | big(b);
	if (value >= big(radix) ** big(count)) return null;
	const digits = new Array<number>(count);
	for (let i = count - 1; i >= 0; i--) {
		digits[i] = Number(value % big(radix));
		value /= big(radix);
	}
	return digits;
}
