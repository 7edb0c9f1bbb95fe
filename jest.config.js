/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/queue/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { diagnostics: false }],
	},
	moduleFileExtensions: ['ts', 'js', 'json'],
	// n8n's Send Email node pulls in sanitize-html, whose htmlparser2 12 is ES-module only; Node 20's
	// jest cannot require it, so tests use the CommonJS build of htmlparser2 10 that n8n also ships.
	moduleNameMapper: { '^htmlparser2$': '<rootDir>/node_modules/htmlparser2/dist/commonjs/index.js' },
	testTimeout: 60000,
	maxWorkers: 2,
};
