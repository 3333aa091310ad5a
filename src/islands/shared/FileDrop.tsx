import { useState } from 'preact/hooks';

type Props = {
	id: string;
	label: string;
	multiple?: boolean;
	/** Called with the chosen or dropped files; resolves when they are read. */
	onFiles: (files: FileList | null | undefined) => Promise<void>;
};

/**
 * A file input that also takes files dropped on it, for JSON exports. One for every page that
 * reads files (results import, comparison).
 */
export default function FileDrop({ id, label, multiple = false, onFiles }: Props) {
	const [dragging, setDragging] = useState(false);
	return (
		<div
			class={dragging ? 'drop-zone dragging' : 'drop-zone'}
			onDragOver={(e) => {
				e.preventDefault();
				setDragging(true);
			}}
			onDragLeave={() => setDragging(false)}
			onDrop={(e) => {
				e.preventDefault();
				setDragging(false);
				void onFiles(e.dataTransfer?.files);
			}}
		>
			<label for={id}>{label}</label>
			<input
				id={id}
				type="file"
				multiple={multiple}
				accept=".json,application/json"
				onChange={(e) => {
					const input = e.target as HTMLInputElement;
					// Cleared after reading, so choosing the same file again reads it again.
					void onFiles(input.files).then(() => (input.value = ''));
				}}
			/>
		</div>
	);
}
