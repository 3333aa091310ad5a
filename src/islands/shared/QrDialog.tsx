import { useLayoutEffect, useRef } from 'preact/hooks';
import { qrCode } from '../../lib/qr/code';

type Props = {
	/** The whole share link the code carries. */
	link: string;
	/** What the link opens, for the heading, e.g. "this result". */
	subject: string;
	/** Called when the dialog closes (Escape or "Close"). */
	onClose: () => void;
};

/**
 * The QR code dialog of QrCodeButton, loaded with the QR code module on the first click (both
 * are measured as the on-demand chunk 'qr', not with the page). It opens as a modal as soon as it
 * is shown: as large as the screen allows so a phone can scan it from a projector, the link itself
 * as the code's text alternative and printed below it, or a message for a link too long for a QR
 * code. Closing it returns focus to the button that opened it (the browser's modal dialog does).
 */
export default function QrDialog({ link, subject, onClose }: Props) {
	const dialog = useRef<HTMLDialogElement>(null);
	const code = qrCode(link);

	useLayoutEffect(() => {
		dialog.current?.showModal();
	}, []);

	return (
		<dialog ref={dialog} class="qr-dialog" aria-labelledby="qr-heading" onClose={onClose}>
			{/* Close comes first in the dialog, so the focus it takes on opening keeps the top in view. */}
			<header>
				<h2 id="qr-heading">Scan to open {subject}</h2>
				<button type="button" onClick={() => dialog.current?.close()}>
					Close
				</button>
			</header>
			{code.ok ? (
				<svg
					class="qr-code"
					viewBox={`0 0 ${code.size} ${code.size}`}
					shape-rendering="crispEdges"
					role="img"
					aria-label={`QR code of the link ${link}`}
				>
					<rect width={code.size} height={code.size} fill="#fff" />
					<path fill="#000" d={code.path} />
				</svg>
			) : (
				<p class="notice warning" role="alert">
					{code.message}
				</p>
			)}
			<p class="qr-link">
				<code>{link}</code>
			</p>
		</dialog>
	);
}
