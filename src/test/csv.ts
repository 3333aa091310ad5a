/** Test-only: reads the CSV files the exports write, strictly, so malformed output fails a test. */

/**
 * A strict RFC 4180 reader: records end with CRLF, quoted fields may hold anything with `""`
 * for a quote. It throws on anything else, so a test fails on malformed output.
 */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let i = 0;
	while (i < text.length) {
		const record: string[] = [];
		for (;;) {
			let field = '';
			if (text[i] === '"') {
				i++;
				for (;;) {
					if (i >= text.length) throw new Error('unterminated quoted field');
					if (text[i] === '"') {
						if (text[i + 1] === '"') {
							field += '"';
							i += 2;
							continue;
						}
						i++;
						break;
					}
					field += text[i];
					i++;
				}
			} else {
				while (i < text.length && !/[,\r\n"]/.test(text[i] as string)) field += text[i++];
				if (text[i] === '"') throw new Error('quote inside an unquoted field');
			}
			record.push(field);
			if (text[i] === ',') {
				i++;
				continue;
			}
			if (text.startsWith('\r\n', i)) {
				i += 2;
				break;
			}
			throw new Error(`record not ended by CRLF at ${i}`);
		}
		records.push(record);
	}
	return records;
}
