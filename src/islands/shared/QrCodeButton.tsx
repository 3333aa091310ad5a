import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type QrDialogType from './QrDialog';

type Props = {
	/** The whole share link the code carries. */
	link: string;
	/** What the link opens, for the dialog's heading, e.g. "this result". */
	subject: string;
};

type Dialog = ComponentType<Parameters<typeof QrDialogType>[0]>;

/**
 * "Show QR code": the share link as a QR code in a dialog (./QrDialog.tsx). The dialog and the
 * QR code module load on the first click, not with the page.
 */
export default function QrCodeButton({ link, subject }: Props) {
	const [Dialog, setDialog] = useState<{ view: Dialog } | null>(null);
	const [open, setOpen] = useState(false);

	async function show() {
		if (!Dialog) {
			const { default: view } = await import('./QrDialog');
			setDialog({ view });
		}
		setOpen(true);
	}

	return (
		<>
			<button type="button" class="secondary" onClick={() => void show()} disabled={!link}>
				Show QR code
			</button>
			{Dialog && open && (
				<Dialog.view link={link} subject={subject} onClose={() => setOpen(false)} />
			)}
		</>
	);
}
