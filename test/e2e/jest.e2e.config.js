/**
 * End-to-end tests against a real n8n (npm run test:e2e): the runtime is installed or reused,
 * the pack is built, packed and installed, and the stack runs on its own ports in a temporary
 * user folder. Kept apart from the unit config (which ignores test/e2e/).
 * @type {import('jest').Config}
 */
module.exports = {
	rootDir: '../..',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { diagnostics: false }],
	},
	moduleFileExtensions: ['ts', 'js', 'json'],
	// The first run installs the runtime (~6 min); every request below has its own, shorter limit.
	testTimeout: 180000,
	maxWorkers: 1,
	// afterAll stops n8n and the CRM; keep-alive sockets of fetch must not hold the run open.
	forceExit: true,
};
