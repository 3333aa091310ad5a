/**
 * Test-only builders for the tracker exports: the action items of an assessment, a bank whose
 * texts are hostile (shell, Markdown, HTML and CSV specials, line breaks, bidi controls, lone
 * surrogates), and fast-check generators of long and hostile texts.
 */
import fc from 'fast-check';
import type { Assessment, BankModel } from '../model';
import { scoreAssessment } from '../scoring';
import { bankOf, control, threat } from '../scoring/fixtures';
import { anyText, BANK, EXAMPLE } from './fixtures';
import { actionItems, type ActionItem } from './actions';

export const ORIGIN = 'https://trustline.example';

/** The action items of an assessment, as the results page builds them (null: no origin). */
export function itemsOf(
	assessment: Assessment = EXAMPLE,
	bank: BankModel = BANK,
	origin: string | null = ORIGIN
): ActionItem[] {
	const result = scoreAssessment(bank, assessment.answers, assessment.targets);
	return actionItems(assessment, bank, result, origin === null ? {} : { origin });
}

/** Text that would do something if a shell, a spreadsheet, Markdown or HTML read it as code. */
export const HOSTILE = [
	'=HYPERLINK("https://evil.example","x")',
	'$(touch PWNED-subst) `touch PWNED-tick` \'; touch PWNED-quote; \' "$(touch PWNED-dq)"',
	'line one\nline two\r\nline three\ttab',
	'<img src=x onerror=alert(1)> [click](https://evil.example) **bold** | pipe # hash',
	'${HOME} !! \\ * ? ~ & ; > out.txt',
	'bidi \u202e}ecnerudni{ \u2066end\u2069 lone \ud800 surrogate',
].join(' ¦ ');

/** A bank whose control titles, level descriptions and threat titles are all hostile. */
export function hostileBank(text: string = HOSTILE): BankModel {
	return bankOf(
		[
			{
				...control(1, 'developer', 3, ['t1']),
				title: `-${text}`,
				levels: [text, text, text, text],
			},
			{ ...control(2, 'platform', 1, ['t2']), title: `@${text}`, levels: [text, text, text, text] },
		],
		[threat('t1', 3, 'developer', `+${text}`), threat('t2', 1, 'platform', text)]
	);
}

/** An assessment of `hostileBank` with both controls answered below Optimal. */
export function hostileAssessment(name: string = HOSTILE): Assessment {
	return {
		...EXAMPLE,
		name,
		answers: { '1': { value: 0, note: name }, '2': { value: 1 } },
	};
}

/** Long texts of any characters, up to `max` code points. */
export const longText = (max: number): fc.Arbitrary<string> =>
	fc.oneof(
		anyText(200),
		anyText(max),
		fc.constantFrom('%', '€', '😀', '\ud800', ' ', '\n').map((c) => c.repeat(max))
	);
