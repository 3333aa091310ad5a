import { useState } from 'preact/hooks';
import { copyLink } from '../../lib/download';

type Props = {
	/** The input's id (also what copyLink selects when the clipboard is refused). */
	id: string;
	label: string;
	/** The link, or '' while there is none (the copy button is disabled then). */
	link: string;
	/** The id of a text that describes the link, if any. */
	describedBy?: string;
};

/**
 * A share link as a read-only field with a "Copy link" button and a status line saying whether
 * it was copied. One field for every kind of link (results, comparisons).
 */
export default function LinkField({ id, label, link, describedBy }: Props) {
	const [copied, setCopied] = useState('');
	const [copiedLink, setCopiedLink] = useState('');
	return (
		<>
			<p class="share-row">
				<label for={id}>{label}</label>
				<input
					id={id}
					type="text"
					readOnly
					value={link}
					aria-describedby={describedBy}
					onFocus={(e) => (e.target as HTMLInputElement).select()}
				/>
				<button
					type="button"
					disabled={!link}
					onClick={() =>
						void copyLink(link, id).then((message) => {
							setCopied(message);
							setCopiedLink(link);
						})
					}
				>
					Copy link
				</button>
			</p>
			{/* A message about an older link would mislead, so it goes when the link changes. */}
			<p role="status">{copiedLink === link ? copied : ''}</p>
		</>
	);
}
