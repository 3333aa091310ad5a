/** Saves text as a file through a temporary object URL (no server, no third-party code). */
export function downloadText(filename: string, text: string, type = 'text/plain'): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name-safe slug of an assessment's name. */
export function fileSlug(name: string): string {
	return (
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 40) || 'assessment'
	);
}

/**
 * Copies a link to the clipboard; when the browser blocks that, selects the field that shows it so
 * the user can copy by hand. Returns the message to announce.
 */
export async function copyLink(link: string, fieldId: string): Promise<string> {
	try {
		await navigator.clipboard.writeText(link);
		return 'Link copied.';
	} catch {
		(document.getElementById(fieldId) as HTMLInputElement | null)?.select();
		return 'Copying was blocked; the link is selected, press Ctrl+C or ⌘C.';
	}
}
