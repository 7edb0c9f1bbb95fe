/**
 * Profiles the intake domain without the engine: `node --cpu-prof -r ts-node/register
 * tools/bench/profile-intake.ts` (TS_NODE_TRANSPILE_ONLY=1) and open the .cpuprofile.
 */
import { parseMessage } from '../../nodes/shared/domain/channels/detect';
import { buildTicket } from '../../nodes/shared/domain/intake';
import { maskSecrets } from '../../nodes/shared/domain/text/masking';
import { chatItems } from './cases/ticket-intake';

const items = chatItems(Number(process.argv[2] ?? 10000));
const options = { now: '2026-03-01T10:00:00.000Z', maxBodyLength: 20000, fallbackLanguage: 'und' };
const start = process.hrtime.bigint();
for (const item of items) {
	const message = parseMessage(item);
	const masked = maskSecrets(message.body);
	buildTicket({ ...message, body: masked.text, maskedKinds: masked.masked }, options);
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(`${items.length} messages in ${ms.toFixed(0)} ms (${((ms * 1000) / items.length).toFixed(1)} µs each)`);
