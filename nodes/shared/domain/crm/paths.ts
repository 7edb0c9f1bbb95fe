import { DomainError } from '../errors';

/** One step of a JSON path: an object key or an array index. */
export type PathSegment = string | number;

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;
const VALID_PATH = /^(?:[^.[\]]+|\[\d+\])(?:\.[^.[\]]+|\[\d+\])*$/;

/**
 * Parses `data.player.vip_level` or `items[0].id` into segments. An empty string is the
 * document itself. Throws a DomainError naming `field` when the path is not well formed.
 */
export function parsePath(path: string, field: string): PathSegment[] {
	const trimmed = path.trim();
	if (trimmed === '') return [];
	if (!VALID_PATH.test(trimmed)) {
		throw new DomainError(`The path "${path}" for ${field} is not a valid JSON path`, {
			field,
			hint: 'Write a dotted path such as data.player.vipLevel or items[0].id',
		});
	}
	const segments: PathSegment[] = [];
	for (const match of trimmed.matchAll(SEGMENT)) segments.push(match[2] !== undefined ? Number(match[2]) : match[1]);
	return segments;
}

export function formatPath(segments: PathSegment[]): string {
	return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export type PathRead = { found: true; value: unknown } | { found: false; missingAt: string; keys: string[] };

/** Reads a parsed path; when a step is missing, says which prefix exists and which keys it has. */
export function readPath(root: unknown, segments: PathSegment[]): PathRead {
	let current: unknown = root;
	for (let i = 0; i < segments.length; i++) {
		const segment = segments[i];
		const container = current as Record<string | number, unknown> | null;
		const has =
			container !== null &&
			typeof container === 'object' &&
			(typeof segment === 'number' ? Array.isArray(container) && segment < container.length : !Array.isArray(container) && Object.prototype.hasOwnProperty.call(container, segment));
		if (!has) {
			const keys = container !== null && typeof container === 'object' && !Array.isArray(container) ? Object.keys(container).slice(0, 20) : [];
			return { found: false, missingAt: formatPath(segments.slice(0, i + 1)), keys };
		}
		current = container[segment];
	}
	return { found: true, value: current };
}
