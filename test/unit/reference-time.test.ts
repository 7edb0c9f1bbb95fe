import { DomainError } from '../../nodes/shared/domain/errors';
import { referenceTime } from '../../nodes/shared/domain/reference-time';

describe('referenceTime', () => {
	it('is the clock when empty, read as UTC ISO-8601', () => {
		expect(referenceTime('', Date.UTC(2026, 2, 1, 10))).toBe('2026-03-01T10:00:00.000Z');
		expect(referenceTime(undefined, Date.UTC(2026, 2, 1, 10))).toBe('2026-03-01T10:00:00.000Z');
		expect(referenceTime('   ', 0)).toBe('1970-01-01T00:00:00.000Z');
	});

	it('normalises a written time with an offset to UTC', () => {
		expect(referenceTime('2026-03-29T03:30:00+02:00', 0)).toBe('2026-03-29T01:30:00.000Z');
	});

	it('reads a time written without an offset as UTC, whatever the server zone', () => {
		expect(referenceTime('2026-03-29T03:30', 0)).toBe('2026-03-29T03:30:00.000Z');
		expect(referenceTime('2026-03-29 03:30:15.5', 0)).toBe('2026-03-29T03:30:15.500Z');
		expect(referenceTime('2026-03-29', 0)).toBe('2026-03-29T00:00:00.000Z');
	});

	it('names the option and says how to fix a time that is not a date', () => {
		let caught: unknown;
		try {
			referenceTime('last tuesday', 0);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(DomainError);
		expect((caught as DomainError).field).toBe('options.referenceTime');
		expect((caught as DomainError).message).toContain('last tuesday');
		expect((caught as DomainError).hint).toMatch(/ISO-8601/);
	});
});
