// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { Answers } from '../../lib/model';
import { scoreAssessment } from '../../lib/scoring';
import { realBank } from '../../test/content';
import ThreatExposure from './ThreatExposure';

afterEach(cleanup);

const bank = realBank();
const targets = { developer: 2, platform: 2, application: 2 } as const;
const everyone = (value: 0 | 3): Answers =>
	Object.fromEntries(bank.controls.map((c) => [String(c.code), { value }]));

/** Every aria-controls on the page names an element that is there. */
function dangling(container: Element): string[] {
	return [...container.querySelectorAll('[aria-controls]')]
		.map((el) => el.getAttribute('aria-controls')!)
		.filter((id) => !container.ownerDocument.getElementById(id));
}

describe('ThreatExposure', () => {
	test('with every threat mitigated, shows no table and a Show all button that controls nothing missing', () => {
		const result = scoreAssessment(bank, everyone(3), targets);
		const { container } = render(<ThreatExposure bank={bank} result={result} />);
		expect(screen.getByText(/^No threat is exposed or partly mitigated/)).toBeTruthy();
		expect(container.querySelector('table')).toBeNull();
		expect(dangling(container)).toEqual([]);
		fireEvent.click(
			screen.getByRole('button', { name: `Show all ${bank.threats.length} threats` })
		);
		expect(screen.getAllByRole('row')).toHaveLength(bank.threats.length + 1);
		expect(dangling(container)).toEqual([]);
	});

	test('with every threat exposed, lists them all and offers no Show all', () => {
		const result = scoreAssessment(bank, everyone(0), targets);
		const { container } = render(<ThreatExposure bank={bank} result={result} />);
		expect(screen.getAllByRole('row')).toHaveLength(bank.threats.length + 1);
		expect(screen.queryByRole('button')).toBeNull();
		expect(dangling(container)).toEqual([]);
	});
});
