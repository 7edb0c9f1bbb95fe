import { DomainError } from '../errors';
import type { Lookup } from './lookup';

/** Endpoint paths, relative to the credential's Base URL; the defaults are the reference CRM API's. */
export interface EndpointSettings {
	player?: string;
	lookup?: string;
	balance?: string;
	notes?: string;
	tags?: string;
	bonuses?: string;
}

export const DEFAULT_ENDPOINTS: Required<EndpointSettings> = {
	player: '/v1/players/{id}',
	lookup: '/v1/players?{by}={value}',
	balance: '/v1/players/{id}/balance',
	notes: '/v1/players/{id}/notes',
	tags: '/v1/players/{id}/tags',
	bonuses: '/v1/players/{id}/bonuses',
};

export type EndpointName = keyof EndpointSettings;
export type CompiledEndpoints = Required<EndpointSettings>;

const PLACEHOLDER = /\{(id|by|value)\}/g;

/**
 * Checks the admin's endpoint templates once: a path starting with `/`, no scheme, host,
 * `..` segment or unknown placeholder, so only the credential's Base URL is ever called.
 */
export function compileEndpoints(settings: EndpointSettings = {}): CompiledEndpoints {
	const compiled = { ...DEFAULT_ENDPOINTS };
	for (const name of Object.keys(DEFAULT_ENDPOINTS) as EndpointName[]) {
		const given = settings[name];
		const template = typeof given === 'string' && given.trim() !== '' ? given.trim() : DEFAULT_ENDPOINTS[name];
		const field = `endpoints.${name}`;
		const problem = !template.startsWith('/')
			? 'must start with / (it is relative to the Base URL of the credential)'
			: template.startsWith('//') || /^[^?]*:\/\//.test(template)
				? 'must not name a host'
				: /(^|\/)\.\.?(\/|\?|$)/.test(template.split('?')[0])
					? 'must not contain . or .. segments'
					: /[#\s]/.test(template)
						? 'must not contain spaces or #'
						: [...template.matchAll(/\{([^}]*)\}/g)].find((m) => !['id', 'by', 'value'].includes(m[1]))
							? 'may use only the placeholders {id}, {by} and {value}'
							: undefined;
		if (problem) {
			throw new DomainError(`The endpoint path "${template}" ${problem}`, {
				field,
				hint: `Use a path such as ${DEFAULT_ENDPOINTS[name]}`,
			});
		}
		if (name !== 'lookup' && !template.includes('{id}')) {
			throw new DomainError(`The endpoint path "${template}" has no {id} placeholder`, {
				field,
				hint: `Put {id} where the player id goes, e.g. ${DEFAULT_ENDPOINTS[name]}`,
			});
		}
		if (name === 'lookup' && !template.includes('{value}')) {
			throw new DomainError(`The lookup path "${template}" has no {value} placeholder`, {
				field,
				hint: 'Put {value} where the e-mail, phone or messenger id goes, e.g. /v1/players?{by}={value}',
			});
		}
		compiled[name] = template;
	}
	return compiled;
}

/**
 * Encodes one value for a path segment or query: every reserved character, and dots too,
 * so `../admin` or `http://evil` stay inside one segment. A value of only dots would still be
 * read as a dot segment by URL parsers, so it is refused.
 */
export function encodeValue(value: string, field: string): string {
	if (/^\.+$/.test(value)) {
		throw new DomainError(`"${value}" is not a usable player identifier`, {
			field,
			hint: 'Give a real player id, e-mail, phone or messenger id',
		});
	}
	return encodeURIComponent(value).replace(/[!'()*.]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Fills a template; every value is encoded, so nothing from an item can change the host or path. */
export function buildPath(template: string, values: { id?: string; lookup?: Lookup }): string {
	return template.replace(PLACEHOLDER, (_, name: string) => {
		if (name === 'id') return encodeValue(values.id ?? '', 'ticket.player.id');
		if (name === 'by') return encodeURIComponent(values.lookup?.by ?? '');
		return encodeValue(values.lookup?.value ?? '', `ticket.player.${values.lookup?.by ?? 'id'}`);
	});
}

/** Base URL + path, verified to stay on the Base URL's origin and under its path. */
export function joinUrl(baseUrl: string, path: string): string {
	const base = baseUrl.trim().replace(/\/+$/, '');
	const parsedBase = URL.canParse(base) ? new URL(base) : undefined;
	if (!parsedBase) {
		throw new DomainError(`The credential's Base URL "${baseUrl}" is not a URL`, {
			field: 'baseUrl',
			hint: 'Set Base URL in the Player CRM API credential, e.g. https://crm.example.com',
		});
	}
	const url = new URL(base + path);
	const basePath = parsedBase.pathname.replace(/\/+$/, '');
	if (url.origin !== parsedBase.origin || !url.pathname.startsWith(basePath)) {
		throw new DomainError('The request would leave the CRM’s Base URL', {
			field: 'ticket.player',
			hint: 'Player identifiers must not contain a path of their own',
		});
	}
	return url.toString();
}
