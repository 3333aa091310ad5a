import { splitCode } from '../../lib/learn/format';

/** Content text with `backtick` spans shown as code; everything is rendered as text, never HTML. */
export default function RichText({ text }: { text: string }) {
	return <>{splitCode(text).map((part) => (part.code ? <code>{part.text}</code> : part.text))}</>;
}
