import { useRef, useState } from 'preact/hooks';
import type { QrOutcome } from '../../lib/qr/code';

type Props = {
	/** The whole share link the code carries. */
	link: string;
	/** What the link opens, for the dialog's heading, e.g. "this result". */
	subject: string;
};

/**
 * "Show QR code": the share link as a QR code in a dialog, as large as the screen allows so a
 * phone can scan it from a projector, with the link itself as the code's text alternative and
 * printed below it. A link too long for a QR code gets a message instead. The QR code module
 * loads on the first click, not with the page.
 */
export default function QrCodeButton({ link, subject }: Props) {
	const [code, setCode] = useState<QrOutcome | null>(null);
	const dialog = useRef<HTMLDialogElement>(null);

	async function show() {
		const { qrCode } = await import('../../lib/qr/code');
		setCode(qrCode(link));
		dialog.current?.showModal();
	}

	return (
		<>
			<button type="button" class="secondary" onClick={() => void show()} disabled={!link}>
				Show QR code
			</button>
			<dialog
				ref={dialog}
				class="qr-dialog"
				aria-labelledby="qr-heading"
				onClose={() => setCode(null)}
			>
				<h2 id="qr-heading">Scan to open {subject}</h2>
				{code?.ok ? (
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
					code && (
						<p class="notice warning" role="alert">
							{code.message}
						</p>
					)
				)}
				<p class="qr-link">
					<code>{link}</code>
				</p>
				<button type="button" onClick={() => dialog.current?.close()}>
					Close
				</button>
			</dialog>
		</>
	);
}
