import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { anyText } from './fixtures';
import { issueBody, issueTitle } from './github';
import { shellQuote, toGhScript } from './gh-script';
import { hostileAssessment, hostileBank, itemsOf } from './tracker-fixtures';

let dir = '';
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'trustline-gh-'));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs a script under bash in `dir`, with a fake `gh` first on PATH that records each call's
 * arguments as one JSON line. Returns the calls and bash's exit status and error output.
 */
function runWithFakeGh(script: string, failOn?: string) {
	const bin = join(dir, 'bin');
	const log = join(dir, 'gh-calls.jsonl');
	writeFileSync(join(dir, 'script.sh'), script);
	spawnSync('mkdir', [bin]);
	writeFileSync(
		join(bin, 'gh'),
		`#!${process.execPath}\n` +
			`const fs = require('node:fs');\n` +
			`const args = process.argv.slice(2);\n` +
			`fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n');\n` +
			`if (${JSON.stringify(failOn ?? null)} !== null && args.join(' ').includes(${JSON.stringify(failOn ?? '')})) process.exit(1);\n` +
			`if (args[0] === 'issue') console.log('https://github.com/contoso/payments/issues/1');\n`
	);
	chmodSync(join(bin, 'gh'), 0o755);
	const run = spawnSync('bash', ['script.sh'], {
		cwd: dir,
		encoding: 'utf8',
		env: { PATH: `${bin}:/usr/bin:/bin`, HOME: dir },
	});
	const calls: string[][] = existsSync(log)
		? readFileSync(log, 'utf8')
				.trimEnd()
				.split('\n')
				.map((line) => JSON.parse(line) as string[])
		: [];
	return { status: run.status, stdout: run.stdout, stderr: run.stderr, calls };
}

/** Files a hostile text tried to create by running `touch`. */
const planted = () => readdirSync(dir).filter((name) => name.startsWith('PWNED'));

describe('shellQuote', () => {
	test('returns words bash reads back exactly, for any text', () => {
		fc.assert(
			fc.property(fc.array(anyText(60), { minLength: 1, maxLength: 40 }), (texts) => {
				const words = texts.map((t) => t.replaceAll('\u0000', '').toWellFormed());
				const script = `printf '%s\\0' ${words.map(shellQuote).join(' ')}\n`;
				const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: dir });
				expect(run.status).toBe(0);
				expect(run.stdout.split('\0').slice(0, -1)).toEqual(words);
			}),
			{ numRuns: 20 }
		);
		expect(planted()).toEqual([]);
	});

	test.each([
		["it's", "'it'\\''s'"],
		['$(id)', "'$(id)'"],
		['a\u0000b', "'ab'"],
	])('returns %j quoted as %s', (text, quoted) => {
		expect(shellQuote(text)).toBe(quoted);
	});
});

describe('toGhScript', () => {
	test('returns a script that creates the labels, then one issue per action in order', () => {
		const items = itemsOf();
		const { status, calls, stdout } = runWithFakeGh(
			toGhScript(items, { repository: 'contoso/payments' })
		);
		expect(status).toBe(0);
		expect(stdout).toContain(
			'Creating 2 issues from the Trustline assessment Payments team (2026-11-26) in contoso/payments.'
		);
		const labels = calls.filter((c) => c[0] === 'label');
		expect(labels.map((c) => c[2])).toEqual(['trustline', 'devops-platform']);
		expect(labels[0]).toEqual([
			'label',
			'create',
			'trustline',
			'--repo',
			'contoso/payments',
			'--color',
			'5319e7',
			'--description',
			'From a Trustline assessment',
		]);
		const issues = calls.filter((c) => c[0] === 'issue');
		expect(issues).toEqual(
			items.map((item) => [
				'issue',
				'create',
				'--repo',
				'contoso/payments',
				'--title',
				issueTitle(item),
				'--label',
				'trustline',
				'--label',
				item.labels[1],
				'--body',
				issueBody(item),
			])
		);
	});

	test('returns a script whose hostile title and body stay inert when it runs', () => {
		// The control titles hold $(...), backticks, single and double quotes and line breaks; the
		// assessment's name (in every body and in the echo line) holds them too.
		const items = itemsOf(hostileAssessment(), hostileBank());
		expect(items[0]?.title).toMatch(/\$\(touch PWNED-subst\)/);
		expect(items[0]?.title).toMatch(/`touch PWNED-tick`/);
		expect(items[0]?.title).toMatch(/'; touch PWNED-quote; '/);
		expect(items[0]?.title).toContain('\n');
		const { status, calls, stderr } = runWithFakeGh(
			toGhScript(items, { repository: 'contoso/payments' })
		);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(planted()).toEqual([]);
		const issues = calls.filter((c) => c[0] === 'issue');
		expect(issues.map((c) => c[5])).toEqual(items.map(issueTitle));
		expect(issues.map((c) => c[11])).toEqual(items.map(issueBody));
		expect(issues[0]?.[5]).toContain(
			"$(touch PWNED-subst) `touch PWNED-tick` '; touch PWNED-quote; '"
		);
	});

	test("returns a script for the current directory's repository when none is given", () => {
		const { status, calls } = runWithFakeGh(toGhScript(itemsOf()));
		expect(status).toBe(0);
		expect(calls.every((c) => !c.includes('--repo'))).toBe(true);
	});

	test('returns a script that stops at the first failing call', () => {
		const items = itemsOf();
		const { status, calls } = runWithFakeGh(
			toGhScript(items, { repository: 'contoso/payments' }),
			items[1]?.title
		);
		expect(status).not.toBe(0);
		expect(calls.filter((c) => c[0] === 'issue')).toHaveLength(2);
	});

	test('returns a script that says so when gh is missing', () => {
		writeFileSync(join(dir, 'script.sh'), toGhScript(itemsOf()));
		// bash by its full path, since PATH leads nowhere.
		const bash = spawnSync('sh', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim();
		const run = spawnSync(bash, ['script.sh'], {
			cwd: dir,
			encoding: 'utf8',
			env: { PATH: '/nonexistent' },
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('The GitHub CLI (gh) is not installed');
	});

	test('returns a script that creates nothing when there are no actions', () => {
		const { status, calls, stdout } = runWithFakeGh(
			toGhScript([], { repository: 'contoso/payments' })
		);
		expect(status).toBe(0);
		expect(calls).toEqual([]);
		expect(stdout).toContain('Nothing to create');
	});

	test('returns a script that bash parses for any hostile texts', () => {
		fc.assert(
			fc.property(anyText(200), anyText(80), (text, name) => {
				const script = toGhScript(itemsOf(hostileAssessment(name), hostileBank(text)), {
					repository: 'contoso/payments',
				});
				const run = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
				expect(run.stderr).toBe('');
				expect(run.status).toBe(0);
			}),
			{ numRuns: 30 }
		);
	});
});
