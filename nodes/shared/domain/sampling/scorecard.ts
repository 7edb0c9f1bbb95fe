/** The review scorecard attached to each sampled ticket: criteria with editable weights. */
import { DomainError } from '../errors';

export interface Criterion {
	name: string;
	weight: number;
}

export interface ScorecardCriterion extends Criterion {
	/** Filled in by the reviewer; null until then. */
	score: null;
}

export const DEFAULT_CRITERIA: Criterion[] = [
	{ name: 'greeting', weight: 10 },
	{ name: 'accuracy', weight: 25 },
	{ name: 'empathy', weight: 15 },
	{ name: 'compliance', weight: 25 },
	{ name: 'resolution', weight: 15 },
	{ name: 'script adherence', weight: 10 },
];

/** Checks the criteria (non-empty unique names, weights ≥ 0, not all zero); empty list → defaults. */
export function compileCriteria(criteria: Array<Partial<Criterion>> | undefined): Criterion[] {
	if (!criteria || criteria.length === 0) return DEFAULT_CRITERIA;
	const seen = new Set<string>();
	const compiled = criteria.map((c, i) => {
		const name = typeof c.name === 'string' ? c.name.trim() : '';
		if (name === '') {
			throw new DomainError(`scorecard criterion ${i + 1} has no name`, {
				field: `scorecard.criteria[${i}].name`,
				hint: 'Name each criterion, e.g. greeting or compliance.',
			});
		}
		if (seen.has(name.toLowerCase())) {
			throw new DomainError(`scorecard criterion '${name}' appears twice`, {
				field: `scorecard.criteria[${i}].name`,
				hint: 'Give each criterion a distinct name.',
			});
		}
		seen.add(name.toLowerCase());
		const weight = c.weight ?? 1;
		if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
			throw new DomainError(`scorecard criterion '${name}' has weight ${String(weight)}`, {
				field: `scorecard.criteria[${i}].weight`,
				hint: 'Weights are numbers ≥ 0 (they need not add up to 100).',
			});
		}
		return { name, weight };
	});
	if (compiled.every((c) => c.weight === 0)) {
		throw new DomainError('every scorecard weight is 0', {
			field: 'scorecard.criteria',
			hint: 'Give at least one criterion a weight above 0.',
		});
	}
	return compiled;
}

/** A fresh scorecard to fill; each call returns new objects so items never share them. */
export function blankScorecard(criteria: readonly Criterion[]): { criteria: ScorecardCriterion[] } {
	return { criteria: criteria.map((c) => ({ name: c.name, weight: c.weight, score: null })) };
}
