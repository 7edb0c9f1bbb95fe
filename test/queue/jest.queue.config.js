/**
 * Queue-mode load and fault tests (npm run test:queue): PostgreSQL, Redis, n8n main and two
 * workers started by the suite itself on their own ports, under .runtime/queue-test/. Kept apart
 * from the unit config (which ignores test/queue/).
 * @type {import('jest').Config}
 */
module.exports = {
	rootDir: '../..',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/queue'],
	testMatch: ['**/*.queue.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { diagnostics: false }],
	},
	moduleFileExtensions: ['ts', 'js', 'json'],
	// Each test bounds its own traffic in count and time; these are outer limits.
	testTimeout: 16 * 60_000,
	maxWorkers: 1,
	// afterAll stops every process the suite started (checked by pid); what can remain are idle
	// keep-alive sockets of fetch, which would keep jest waiting.
	forceExit: true,
};
