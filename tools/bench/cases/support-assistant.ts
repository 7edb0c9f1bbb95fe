import { runNode } from '../../../test/harness/engine';
import { median, resetPeak, row, setNodeMs, type BenchCase } from '../lib';

/** A mix like a desk's inbox: typical questions in six languages, RG, complaints, requests for a person. */
const MESSAGES: Array<[string, string]> = [
	['en', 'Hi, my withdrawal has been pending for 3 days, when will I get it?'],
	['it', 'ciao, ho dimenticato la password e non arriva la mail di reset'],
	['pl', 'Dzień dobry, jakie dokumenty są potrzebne do weryfikacji konta?'],
	['ru', 'Здравствуйте, какой вейджер у приветственного бонуса?'],
	['he', 'שלום, הפקדתי בכרטיס אשראי והיתרה לא התעדכנה'],
	['es', 'Hola, quiero autoexcluirme, tengo un problema con el juego'],
	['en', 'This is a scam, I want to speak to a manager'],
	['it', 'la slot si è bloccata durante i giri gratis, cosa succede alla giocata?'],
];

export function ticketItems(count: number) {
	return Array.from({ length: count }, (_, i) => {
		const [language, body] = MESSAGES[i % MESSAGES.length];
		return {
			ticket: {
				schemaVersion: 1,
				id: `tkt_${String(i).padStart(24, '0')}`,
				channel: 'chat',
				externalId: `msg-${i}`,
				threadKey: `chat:conv-${i % 997}`,
				player: { id: `p-${1000 + (i % 500)}` },
				body,
				language,
				category: 'other',
				complexity: 'simple',
				priority: 'normal',
				tags: ['channel:chat'],
				status: 'new',
				createdAt: '2026-03-01T09:58:00.000Z',
				updatedAt: '2026-03-01T09:58:00.000Z',
				history: [{ at: '2026-03-01T09:58:00.000Z', event: 'created' }],
			},
		};
	});
}

export const cases: BenchCase[] = [
	{
		key: 'assistant',
		run: async () => {
			const items = 10000;
			const input = ticketItems(items);
			const parameters = { options: { referenceTime: '2026-03-01T10:00:00Z' } };
			resetPeak();
			const ours = await median(async () => {
				const result = await runNode('supportAssistant', parameters, input, { outputs: 2 });
				if (result.items('Node', 0).length + result.items('Node', 1).length !== items) throw new Error('Support Assistant lost items');
			});
			return [row('Support Assistant (messages classified)', items, ours, 'Set node', await setNodeMs(input))];
		},
	},
];
