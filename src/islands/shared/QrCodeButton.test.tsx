// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import QrCodeButton from './QrCodeButton';
import { MAX_QR_BYTES } from '../../lib/qr/code';

beforeAll(() => {
	// happy-dom has <dialog> but not always its modal methods.
	HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
		this.setAttribute('open', '');
	};
	HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
		this.removeAttribute('open');
		this.dispatchEvent(new Event('close'));
	};
});
afterEach(cleanup);

const LINK = 'https://trustline.example/results/#r.AQJkAAAAAAAAAAAAAAAP8Tq2w';

describe('QrCodeButton', () => {
	test('shows the link as a QR code named after the link, and the link as text', async () => {
		render(<QrCodeButton link={LINK} subject="this result" />);
		fireEvent.click(screen.getByRole('button', { name: 'Show QR code' }));
		const image = await screen.findByRole('img', { name: `QR code of the link ${LINK}` });
		expect(image.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
		expect(screen.getByText(LINK)).toBeTruthy();
		expect(screen.getByRole('heading', { name: 'Scan to open this result' })).toBeTruthy();
	});

	test('shows a message instead of a code for a link too long for one', async () => {
		const long = `${LINK}${'A'.repeat(MAX_QR_BYTES)}`;
		render(<QrCodeButton link={long} subject="this comparison" />);
		fireEvent.click(screen.getByRole('button', { name: 'Show QR code' }));
		await waitFor(() =>
			expect(screen.getByRole('alert').textContent).toMatch(/too long for a QR code/)
		);
		expect(screen.queryByRole('img')).toBeNull();
	});

	test('is disabled while there is no link', () => {
		render(<QrCodeButton link="" subject="this result" />);
		expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Show QR code' }).disabled).toBe(
			true
		);
	});
});
