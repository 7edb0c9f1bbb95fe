/**
 * Category, complexity and priority of a player message. PLACEHOLDER interface: the real
 * multilingual classifier replaces this body; the signature stays.
 */
import type { Category, Complexity, Priority } from '../ticket';

export interface MessageClassification {
	category: Category;
	complexity: Complexity;
	priority: Priority;
	/** Responsible-gambling / compliance markers found (e.g. 'self_exclusion', 'suicide', 'chargeback'). */
	markers: string[];
	/** Extra tags worth putting on the ticket. */
	tags: string[];
	/** 0..1 */
	confidence: number;
}

export function classifyMessage(text: string, _language: string): MessageClassification {
	void text;
	return { category: 'other', complexity: 'simple', priority: 'normal', markers: [], tags: [], confidence: 0 };
}
