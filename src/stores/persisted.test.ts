// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { persistedStore, type ReadResult } from './persisted';
import { BACKUP_PREFIX } from './backup';

/** A storage that refuses every write while `full` is true, as a browser over its quota does. */
function refusingStorage() {
	const data: Record<string, string> = {};
	const control = { full: false, writes: 0 };
	const storage = new Proxy(data, {
		set(target, key: string, value: string) {
			if (control.full)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			control.writes++;
			target[key] = value;
			return true;
		},
	});
	return { storage, data, control };
}

interface Counter {
	n: number[];
}

function read(raw: string): ReadResult<Counter> {
	try {
		const value = JSON.parse(raw) as unknown;
		if (typeof value !== 'object' || value === null || !('n' in value))
			return { status: 'unreadable', problem: 'it is not a counter' };
		const n = (value as { n: unknown[] }).n.filter((x): x is number => typeof x === 'number');
		const dropped = (value as { n: unknown[] }).n.length - n.length;
		return {
			status: 'ok',
			value: { n },
			dropped: dropped ? [`${dropped} entries`] : [],
			...('old' in value ? { notice: 'upgraded' } : {}),
		};
	} catch {
		return { status: 'unreadable', problem: 'it is not JSON' };
	}
}

const KEY = 'test:counter';

function makeStore() {
	return persistedStore<Counter>({
		key: KEY,
		read,
		partlyRead: (dropped) => `some entries could not be read (${dropped.join('; ')})`,
		saveError: 'Your browser refused to save.',
	});
}

describe('persistedStore', () => {
	beforeEach(() => localStorage.clear());
	afterEach(() => {
		setPersistentEngine(localStorage, windowPersistentEvents);
		localStorage.clear();
	});

	test('saves every change and reads it back', () => {
		const store = makeStore();
		expect(store.write({ n: [1] })).toBe(true);
		expect(localStorage.getItem(KEY)).toBe('{"n":[1]}');
		expect(store.$value.get()).toEqual({ n: [1] });
		expect(makeStore().$value.get()).toEqual({ n: [1] });
		store.write(null);
		expect(localStorage.getItem(KEY)).toBeNull();
	});

	test('keeps a refused change in memory, shows it, reports it and never throws', () => {
		const { storage, data, control } = refusingStorage();
		setPersistentEngine(storage, windowPersistentEvents);
		const store = makeStore();
		control.full = true;

		let saved = true;
		expect(() => (saved = store.write({ n: [1] }))).not.toThrow();
		expect(saved).toBe(false);
		expect(store.$value.get()).toEqual({ n: [1] });
		expect(store.$saveError.get()).toBe('Your browser refused to save.');
		expect(data[KEY]).toBeUndefined();
	});

	test('writes every change made while refused at the next save that succeeds', () => {
		const { storage, data, control } = refusingStorage();
		setPersistentEngine(storage, windowPersistentEvents);
		const store = makeStore();
		control.full = true;
		for (let i = 1; i <= 5; i++) store.write({ n: [...(store.$value.get()?.n ?? []), i] });
		expect(store.$value.get()).toEqual({ n: [1, 2, 3, 4, 5] });
		expect(control.writes).toBe(0);

		control.full = false;
		store.write({ n: [...(store.$value.get()?.n ?? []), 6] });
		expect(JSON.parse(data[KEY] ?? 'null')).toEqual({ n: [1, 2, 3, 4, 5, 6] });
		expect(store.$saveError.get()).toBeNull();
		expect(store.$value.get()).toEqual({ n: [1, 2, 3, 4, 5, 6] });
	});

	test('writes what is held in memory when the page is hidden and storage has room again', () => {
		const { storage, data, control } = refusingStorage();
		setPersistentEngine(storage, windowPersistentEvents);
		const store = makeStore();
		control.full = true;
		store.write({ n: [7] });
		control.full = false;
		vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
		document.dispatchEvent(new Event('visibilitychange'));
		vi.restoreAllMocks();
		expect(JSON.parse(data[KEY] ?? 'null')).toEqual({ n: [7] });
		expect(store.$saveError.get()).toBeNull();
	});

	test('keeps unreadable data under a backup key and starts empty', () => {
		localStorage.setItem(KEY, '{"n":');
		const store = makeStore();
		expect(store.$value.get()).toBeNull();
		const problem = store.$problem.get();
		expect(problem?.problem).toBe('it is not JSON');
		expect(problem?.backupKey?.startsWith(BACKUP_PREFIX)).toBe(true);
		expect(localStorage.getItem(problem?.backupKey ?? '')).toBe('{"n":');
		store.dismiss();
		expect(store.$problem.get()).toBeNull();
	});

	test('keeps what it can read of partly damaged data, and a copy of the whole', () => {
		localStorage.setItem(KEY, '{"n":[1,"x",2]}');
		const store = makeStore();
		expect(store.$value.get()).toEqual({ n: [1, 2] });
		const problem = store.$problem.get();
		expect(problem?.problem).toBe('some entries could not be read (1 entries)');
		expect(localStorage.getItem(problem?.backupKey ?? '')).toBe('{"n":[1,"x",2]}');
	});

	test('reports an upgrade as a notice, not a problem', () => {
		localStorage.setItem(KEY, '{"n":[1],"old":true}');
		const store = makeStore();
		expect(store.$notice.get()).toBe('upgraded');
		expect(store.$problem.get()).toBeNull();
	});
});
