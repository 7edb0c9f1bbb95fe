/**
 * `npm run bench [-- key …]`: each node's cost through n8n-core's engine, as a ratio to a
 * yardstick measured in the same run over the same items. Every file in cases/ exports `cases`;
 * each case repeats its measurement and reports the median. Arguments filter cases by key.
 */
import * as fs from 'fs';
import * as path from 'path';

import { REPEATS, type BenchCase, type Row } from './lib';

async function main() {
	const filter = process.argv.slice(2);
	const dir = path.join(__dirname, 'cases');
	const all: BenchCase[] = [];
	for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		all.push(...(require(path.join(dir, file)) as { cases: BenchCase[] }).cases);
	}
	const selected = filter.length ? all.filter((c) => filter.includes(c.key)) : all;
	const rows: Row[] = [];
	for (const benchCase of selected) {
		process.stderr.write(`running ${benchCase.key}…\n`);
		rows.push(...(await benchCase.run()));
	}
	console.log(`median of ${REPEATS} runs each`);
	console.table(rows);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
