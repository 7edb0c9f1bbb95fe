import * as fs from 'fs';
import * as path from 'path';
import {
	NodeHelpers,
	type ICredentialType,
	type INodeType,
	type INodeTypes,
	type IVersionedNodeType,
	type KnownNodesAndCredentials,
} from 'n8n-workflow';

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
	name: string;
	n8n: { nodes: string[]; credentials: string[] };
};
export const PACKAGE_NAME = PACKAGE.name;

/**
 * Tests load this package's nodes from the TypeScript sources by default (fast edit-test loop);
 * with TEST_DIST=1 (set by .ci/run after `npm run build`) they load the built `dist/` files
 * exactly as n8n does.
 */
const USE_DIST = process.env.TEST_DIST === '1';

function resolvePackageFile(distPath: string): string {
	if (USE_DIST) return path.join(ROOT, distPath);
	return path.join(ROOT, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
}

function instantiate<T>(file: string): T {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const mod = require(file) as Record<string, new () => T>;
	const className = path.basename(file).replace(/\.(node|credentials)\.(ts|js)$/, '');
	const Ctor = mod[className];
	if (!Ctor) throw new Error(`${file} does not export a class named ${className}`);
	return new Ctor();
}

const BASE_DIR = path.dirname(require.resolve('n8n-nodes-base/package.json'));
const BASE_PACKAGE = JSON.parse(fs.readFileSync(path.join(BASE_DIR, 'package.json'), 'utf8')) as {
	n8n: { nodes: string[]; credentials: string[] };
};

/** n8n-nodes-base type name (e.g. `n8n-nodes-base.set`) → its file, read from the package's list. */
let baseIndex: Map<string, string> | undefined;
function baseNodeFile(type: string): string | undefined {
	if (!baseIndex) {
		baseIndex = new Map();
		const known = path.join(BASE_DIR, 'dist', 'known', 'nodes.json');
		if (fs.existsSync(known)) {
			const entries = JSON.parse(fs.readFileSync(known, 'utf8')) as Record<string, { sourcePath: string }>;
			for (const [name, entry] of Object.entries(entries)) {
				baseIndex.set(`n8n-nodes-base.${name}`, path.join(BASE_DIR, entry.sourcePath));
			}
		}
	}
	return baseIndex.get(type);
}

export class TestNodeTypes implements INodeTypes {
	private readonly loaded = new Map<string, INodeType | IVersionedNodeType>();
	private ownIndex?: Map<string, INodeType | IVersionedNodeType>;

	private own(): Map<string, INodeType | IVersionedNodeType> {
		if (!this.ownIndex) {
			this.ownIndex = new Map();
			for (const distPath of PACKAGE.n8n.nodes) {
				const file = resolvePackageFile(distPath);
				if (!fs.existsSync(file)) continue;
				const nodeType = instantiate<INodeType | IVersionedNodeType>(file);
				this.ownIndex.set(`${PACKAGE_NAME}.${nodeType.description.name}`, nodeType);
			}
		}
		return this.ownIndex;
	}

	getByName(type: string): INodeType | IVersionedNodeType {
		const cached = this.loaded.get(type);
		if (cached) return cached;
		// n8n-nodes-base types never need this package's nodes loaded (keeps those tests independent of them).
		let nodeType = type.startsWith(`${PACKAGE_NAME}.`) ? this.own().get(type) : undefined;
		if (!nodeType) {
			const file = baseNodeFile(type);
			if (!file) throw new Error(`Unknown node type "${type}" (not in ${PACKAGE_NAME} nor n8n-nodes-base)`);
			nodeType = instantiate<INodeType | IVersionedNodeType>(file);
		}
		this.loaded.set(type, nodeType);
		return nodeType;
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes(): KnownNodesAndCredentials['nodes'] {
		return {};
	}
}

/** Credential types: this package's, plus the n8n-nodes-base ones a test asks for by name. */
export class TestCredentialTypes {
	private readonly types = new Map<string, ICredentialType>();

	constructor() {
		for (const distPath of PACKAGE.n8n.credentials) {
			const file = resolvePackageFile(distPath);
			if (!fs.existsSync(file)) continue;
			const type = instantiate<ICredentialType>(file);
			this.types.set(type.name, type);
		}
	}

	recognizes(name: string): boolean {
		return this.types.has(name) || this.baseFile(name) !== undefined;
	}

	getByName(name: string): ICredentialType {
		let type = this.types.get(name);
		if (!type) {
			const file = this.baseFile(name);
			if (!file) throw new Error(`Unknown credential type "${name}"`);
			type = instantiate<ICredentialType>(file);
			this.types.set(name, type);
		}
		return type;
	}

	getParentTypes(name: string): string[] {
		const parents = this.getByName(name).extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	private baseFile(name: string): string | undefined {
		const rel = BASE_PACKAGE.n8n.credentials.find((p) => {
			const base = path.basename(p).replace(/\.credentials\.js$/, '');
			return base.charAt(0).toLowerCase() + base.slice(1) === name;
		});
		return rel ? path.join(BASE_DIR, rel) : undefined;
	}
}
