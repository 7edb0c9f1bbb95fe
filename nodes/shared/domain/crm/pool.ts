/**
 * Runs `task` over `count` indexes with at most `limit` in flight; `stop()` returning true
 * stops handing out new indexes (what has started finishes). Resolves when all started are done.
 */
export async function runBounded(count: number, limit: number, task: (index: number) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < count && !stop()) {
			const index = next++;
			await task(index);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
}
