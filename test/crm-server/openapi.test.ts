import fs from 'fs';
import path from 'path';

import { seedPlayers } from '../../tools/crm-server/seed';

const spec = fs.readFileSync(path.join(__dirname, '../../tools/crm-server/openapi.yaml'), 'utf8');

describe('openapi.yaml of the reference CRM', () => {
	it('is OpenAPI 3.1 and documents every route the server serves', () => {
		expect(spec.startsWith('openapi: 3.1.0\n')).toBe(true);
		const paths = [...spec.matchAll(/^ {2}(\/\S+):$/gm)].map((m) => m[1]);
		expect(paths.sort()).toEqual(
			[
				'/v1/health',
				'/v1/players',
				'/v1/players/{id}',
				'/v1/players/{id}/balance',
				'/v1/players/{id}/blocks',
				'/v1/players/{id}/notes',
				'/v1/players/{id}/tags',
				'/v1/players/{id}/bonuses',
				'/oauth/token',
				'/__admin/fault',
			].sort(),
		);
	});

	it('describes exactly the fields of a seeded player record', () => {
		const playerSchema = spec.slice(spec.indexOf('    Player:\n'), spec.indexOf('    Note:\n'));
		const properties = playerSchema.slice(playerSchema.indexOf('      properties:\n'));
		const documented = [...properties.matchAll(/^ {8}(\w+):/gm)].map((m) => m[1]);
		expect(documented.sort()).toEqual(Object.keys(seedPlayers()[0]).sort());
	});
});
