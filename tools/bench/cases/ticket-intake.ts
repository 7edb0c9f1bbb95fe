import { runNode } from '../../../test/harness/engine';
import { median, resetPeak, row, setNodeMs, type BenchCase } from '../lib';

const MESSAGES = [
	'Hi, my withdrawal has been pending for 3 days',
	'ciao, non riesco a prelevare',
	'Dzień dobry, nie mogę wypłacić pieniędzy',
	'Здравствуйте, не могу войти в аккаунт',
	'שלום, איפה הבונוס שלי?',
	'Hola, quiero autoexcluirme, tengo un problema con el juego',
];

export function chatItems(count: number) {
	return Array.from({ length: count }, (_, i) => ({
		headers: {},
		body: {
			conversationId: `conv-${i % 997}`,
			messageId: `msg-${i}`,
			text: MESSAGES[i % MESSAGES.length],
			sentAt: '2026-03-01T09:58:00Z',
			player: { id: `p-${1000 + (i % 500)}` },
			source: 'chat',
		},
	}));
}

export const cases: BenchCase[] = [
	{
		key: 'intake',
		run: async () => {
			const items = 10000;
			const input = chatItems(items);
			const parameters = { options: { referenceTime: '2026-03-01T10:00:00Z' } };
			// Loading and compiling the node's modules is a once-per-process cost, not per execution.
			await runNode('ticketIntake', parameters, input.slice(0, 100), { outputs: 1 });
			resetPeak();
			const ours = await median(async () => {
				const result = await runNode('ticketIntake', parameters, input, { outputs: 1 });
				if (result.items('Node', 0).length !== items) throw new Error('Ticket Intake lost items');
			});
			return [row('Ticket Intake', items, ours, 'Set node', await setNodeMs(input))];
		},
	},
];
