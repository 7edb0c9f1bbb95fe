/**
 * The node's outputs, computed from its parameters. `configuredOutputs` is turned into source text
 * and evaluated by n8n's expression engine (editor canvas and the engine's error-output handling),
 * so it must be self-contained: no imports, no helpers from outside its body, plain literals only.
 * `outputIndex` below must agree with it; a test checks both against each other.
 */
export const configuredOutputs = (parameters: Record<string, unknown>) => {
	const out = (displayName: string) => ({ type: 'main', displayName });
	if (parameters.operation === 'escalate') return [out('Escalated'), out('Already at Supervisor')];
	const guards = [out('Compliance'), out('VIP Manager')];
	if (parameters.rulesSource === 'json') {
		return guards.concat([out('General'), out('Payments'), out('KYC'), out('Disputes'), out('Other Queues')]);
	}
	const rules = ((parameters.rules as { values?: Array<{ outputName?: string }> } | undefined)?.values ?? []).map(
		(rule, index) => out(rule.outputName || `Rule ${index + 1}`),
	);
	return guards.concat([out('Default')], rules);
};

export const COMPLIANCE_OUTPUT = 0;
export const VIP_OUTPUT = 1;
/** Panel rules: the Default output; rule i leaves by FIRST_RULE_OUTPUT + i. */
export const DEFAULT_OUTPUT = 2;
export const FIRST_RULE_OUTPUT = 3;

/** JSON rules: one output per queue, custom queues share the last one. */
export const QUEUE_OUTPUTS: Record<string, number> = {
	compliance: 0,
	vip_manager: 1,
	general: 2,
	payments: 3,
	kyc: 4,
	disputes: 5,
};
export const OTHER_QUEUES_OUTPUT = 6;

export const ESCALATED_OUTPUT = 0;
export const AT_TOP_OUTPUT = 1;
