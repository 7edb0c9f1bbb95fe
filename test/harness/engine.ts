import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IConnections,
	type INode,
	type INodeExecutionData,
	type IPinData,
	type IRun,
	type IRunExecutionData,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { TestCredentialTypes, TestNodeTypes } from './node-types';

export interface WorkflowJson {
	name?: string;
	nodes: INode[];
	connections: IConnections;
	settings?: IWorkflowBase['settings'];
	pinData?: IPinData;
}

export interface RunOptions {
	/** Credential data by credential type name, e.g. `{ playerCrmApi: { baseUrl, apiKey } }`. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Items the start node emits (pinned on it, as the editor does). */
	input?: Array<INodeExecutionData | INodeExecutionData['json']>;
	/** Name of the node to start from; default: the workflow's trigger / first node. */
	startNode?: string;
	mode?: WorkflowExecuteMode;
	pinData?: IPinData;
	/** Extra fields merged into the engine's additional data (for example a data-table stand-in). */
	additionalData?: Partial<IWorkflowExecuteAdditionalData>;
}

export interface OutputItem {
	json: INodeExecutionData['json'];
	pairedItem: INodeExecutionData['pairedItem'];
	error?: INodeExecutionData['error'];
	binary?: INodeExecutionData['binary'];
}

export class RunResult {
	constructor(
		readonly run: IRun,
		readonly credentialsHelper: TestCredentialsHelper,
	) {}

	get status() {
		return this.run.status;
	}

	/** The workflow error, if the execution stopped on one. */
	get error() {
		return this.run.data.resultData.error;
	}

	/** Names of the nodes that ran, in order. */
	get executed(): string[] {
		return Object.keys(this.run.data.resultData.runData);
	}

	/** Every output (array of items) of `node` for one run index; empty outputs are []. */
	outputs(node: string, runIndex = 0): OutputItem[][] {
		const task = this.run.data.resultData.runData[node]?.[runIndex];
		if (!task) throw new Error(`Node "${node}" did not run (ran: ${this.executed.join(', ')})`);
		if (task.error) throw new Error(`Node "${node}" failed: ${task.error.message}`);
		return (task.data?.main ?? []).map((items) =>
			(items ?? []).map((item) => {
				const out: OutputItem = { json: item.json, pairedItem: item.pairedItem };
				if (item.error) out.error = item.error;
				if (item.binary) out.binary = item.binary;
				return out;
			}),
		);
	}

	/** Items of one output of `node`. */
	items(node: string, output = 0, runIndex = 0): OutputItem[] {
		return this.outputs(node, runIndex)[output] ?? [];
	}

	/** json of the items of one output of `node`. */
	json(node: string, output = 0, runIndex = 0) {
		return this.items(node, output, runIndex).map((item) => item.json);
	}

	/** The error a node stopped on, if any. */
	nodeError(node: string, runIndex = 0) {
		return this.run.data.resultData.runData[node]?.[runIndex]?.error;
	}
}

const nodeTypes = new TestNodeTypes();
const credentialTypes = new TestCredentialTypes();

function toItem(value: INodeExecutionData | INodeExecutionData['json']): INodeExecutionData {
	return value && typeof value === 'object' && 'json' in value && typeof value.json === 'object'
		? (value as INodeExecutionData)
		: { json: value as INodeExecutionData['json'] };
}

function findStartNode(workflow: Workflow, json: WorkflowJson, startNode?: string): INode {
	if (startNode) {
		const node = workflow.getNode(startNode);
		if (!node) throw new Error(`No node named "${startNode}"`);
		return node;
	}
	const start = workflow.getStartNode();
	if (start) return start;
	const destinations = new Set(
		Object.values(json.connections).flatMap((byType) =>
			Object.values(byType).flatMap((outs) => (outs ?? []).flatMap((conns) => (conns ?? []).map((c) => c.node))),
		),
	);
	const first = json.nodes.find((n) => !destinations.has(n.name) && !n.disabled);
	if (!first) throw new Error('Cannot find a start node');
	return first;
}

/**
 * Runs a workflow through n8n-core's real engine (`WorkflowExecute`): real parameter
 * resolution, expressions, item pairing and error outputs. HTTP goes out for real.
 */
export async function runWorkflow(json: WorkflowJson, options: RunOptions = {}): Promise<RunResult> {
	const workflow = new Workflow({
		id: 'test-workflow',
		name: json.name ?? 'test',
		nodes: json.nodes.map((n) => ({ ...n, parameters: JSON.parse(JSON.stringify(n.parameters ?? {})) })),
		connections: json.connections,
		nodeTypes,
		settings: { executionOrder: 'v1', ...(json.settings ?? {}) },
		active: false,
	});
	const credentialsHelper = new TestCredentialsHelper(credentialTypes, options.credentials);
	const mode = options.mode ?? 'manual';
	const hooks = new ExecutionLifecycleHooks(mode, 'test-execution', {
		id: 'test-workflow',
		name: json.name ?? 'test',
		active: false,
		isArchived: false,
		nodes: json.nodes,
		connections: json.connections,
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	} as unknown as IWorkflowBase);

	const additionalData = {
		hooks,
		credentialsHelper,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'test-user',
		variables: {},
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not available in the test engine');
		},
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('The Code node needs a task runner, which the test engine does not start');
		},
		...(options.additionalData ?? {}),
	} as unknown as IWorkflowExecuteAdditionalData;

	const start = findStartNode(workflow, json, options.startNode);
	const pinData: IPinData = { ...(json.pinData ?? {}), ...(options.pinData ?? {}) };
	if (options.input) pinData[start.name] = options.input.map(toItem);

	const runExecutionData: IRunExecutionData = {
		startData: {},
		resultData: { runData: {}, pinData },
		executionData: {
			contextData: {},
			metadata: {},
			nodeExecutionStack: [{ node: start, data: { main: [[{ json: {} }]] }, source: null }],
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	} as unknown as IRunExecutionData;

	const execute = new WorkflowExecute(additionalData, mode, runExecutionData);
	const run = await execute.processRunExecutionData(workflow);
	return new RunResult(run, credentialsHelper);
}

export interface SingleNodeOptions extends Omit<RunOptions, 'input' | 'startNode'> {
	typeVersion?: number;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Node credential references, e.g. `{ playerCrmApi: { id: '1', name: 'CRM' } }`; filled from `credentials` when omitted. */
	nodeCredentials?: INode['credentials'];
	/** Node settings such as `onError: 'continueErrorOutput'`. */
	settings?: Partial<Pick<INode, 'onError' | 'continueOnFail' | 'alwaysOutputData' | 'retryOnFail'>>;
	/** Number of main outputs to attach sinks to (default: all the node declares, or 4). */
	outputs?: number;
}

/**
 * Runs one node (named "Node") between a pinned input ("Input") and one no-op sink per output
 * ("Out 0", "Out 1", …) so every output is connected as on a canvas. Read the node's own outputs
 * with `result.items('Node', outputIndex)`: their `pairedItem` points at the input items. (A sink's
 * pairedItem points at the sink's own input instead.)
 */
export async function runNode(
	type: string,
	parameters: INode['parameters'],
	input: Array<INodeExecutionData | INodeExecutionData['json']>,
	options: SingleNodeOptions = {},
): Promise<RunResult> {
	const fullType = type.includes('.') ? type : `n8n-nodes-igaming-support.${type}`;
	const nodeCredentials =
		options.nodeCredentials ??
		(options.credentials
			? Object.fromEntries(Object.keys(options.credentials).map((name, i) => [name, { id: String(i + 1), name }]))
			: undefined);
	const underTest: INode = {
		id: 'node-under-test',
		name: 'Node',
		type: fullType,
		typeVersion: options.typeVersion ?? 1,
		position: [200, 0],
		parameters,
		...(nodeCredentials ? { credentials: nodeCredentials } : {}),
		...(options.settings ?? {}),
	};
	const outputCount = options.outputs ?? 6;
	const sinks: INode[] = Array.from({ length: outputCount }, (_, i) => ({
		id: `sink-${i}`,
		name: `Out ${i}`,
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [400, i * 100],
		parameters: {},
	}));
	const json: WorkflowJson = {
		nodes: [
			{ id: 'input', name: 'Input', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			underTest,
			...sinks,
		],
		connections: {
			Input: { main: [[{ node: 'Node', type: 'main', index: 0 }]] },
			Node: { main: sinks.map((sink) => [{ node: sink.name, type: 'main', index: 0 }]) },
		},
	};
	return await runWorkflow(json, { ...options, input });
}
