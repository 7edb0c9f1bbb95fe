import { runNode } from './engine';

describe('test engine', () => {
	it('runs an n8n-nodes-base Set node with a real expression and keeps pairedItem', async () => {
		const result = await runNode(
			'n8n-nodes-base.set',
			{
				mode: 'manual',
				assignments: { assignments: [{ id: 'a', name: 'double', value: '={{ $json.n * 2 }}', type: 'number' }] },
				options: {},
			},
			[{ n: 1 }, { n: 21 }],
			{ typeVersion: 3.4, outputs: 1 },
		);
		expect(result.status).toBe('success');
		const items = result.items('Node');
		expect(items.map((i) => i.json.double)).toEqual([2, 42]);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
