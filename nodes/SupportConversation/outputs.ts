/**
 * The node's outputs per operation. `configuredOutputs` is evaluated by n8n's expression engine
 * from its source text, so it stays self-contained (no imports, plain literals).
 */
export const configuredOutputs = (parameters: Record<string, unknown>) => {
	const out = (displayName: string) => ({ type: 'main', displayName });
	if (parameters.operation === 'agentAction') return [out('Applied'), out('Unchanged'), out('Rejected')];
	if (parameters.operation === 'widgetReplies') return [out('Replies')];
	return [out('New Ticket'), out('Follow-up'), out('Needs Routing'), out('Duplicate')];
};

export const JOIN_OUTPUT = { new: 0, followUp: 1, needsRouting: 2, duplicate: 3 } as const;
export const ACTION_OUTPUT = { applied: 0, unchanged: 1, rejected: 2 } as const;
