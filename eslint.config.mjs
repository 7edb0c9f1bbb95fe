import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tsParser from '@typescript-eslint/parser';
import * as jsoncParser from 'jsonc-eslint-parser';

const legacy = n8nNodesBase.configs;

export default [
	{ ignores: ['dist/**', 'node_modules/**', '.runtime/**', 'test/**', 'tools/**', '*.js', '*.mjs'] },
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		languageOptions: { parser: tsParser, parserOptions: { sourceType: 'module' } },
		...n8nCommunityNodesPlugin.configs.recommended,
	},
	{
		files: ['package.json'],
		languageOptions: { parser: jsoncParser },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: legacy.community.rules,
	},
	{
		files: ['credentials/**/*.ts'],
		languageOptions: { parser: tsParser },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...legacy.credentials.rules,
			// n8n's newer rule set (credential-documentation-url) accepts a full URL; the older rule wants a slug.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		languageOptions: { parser: tsParser },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...legacy.nodes.rules,
			// Our nodes keep their descriptions in a separate description.ts and name fields by path.
			'n8n-nodes-base/node-execute-block-missing-continue-on-fail': 'off',
			// The newer rule set requires NodeConnectionTypes constants where the older one wants 'main' literals.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{
		// The domain is plain TypeScript: no n8n imports, so it stays testable on its own.
		files: ['nodes/shared/domain/**/*.ts'],
		languageOptions: { parser: tsParser },
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['n8n-workflow', 'n8n-core', '../n8n/*', '../../n8n/*'], message: 'The domain must not import n8n.' }] },
			],
		},
	},
];
