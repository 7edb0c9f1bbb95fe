/**
 * An in-memory stand-in for n8n's Data Tables, plugged into the engine through the same hook the
 * server uses (`additionalData['data-table'].dataTableProxyProvider`), so the shipped workflows'
 * real Data Table nodes (`n8n-nodes-base.dataTable`: get, rowExists, rowNotExists, upsert,
 * insert, update) run unchanged in jest. Only the storage is replaced; filters follow the
 * server's conditions (eq, neq, like, ilike, gt, gte, lt, lte, isEmpty, isNotEmpty; and / or).
 */
import type {
	DataTableColumn,
	DataTableColumnJsType,
	DataTableFilter,
	DataTableRow,
	DataTableRowReturn,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import type { TableSpec } from '../../../tools/runtime/demo-setup';

interface Table {
	id: string;
	name: string;
	columns: DataTableColumn[];
	rows: DataTableRowReturn[];
	nextId: number;
}

function likeToRegExp(pattern: string, flags: string): RegExp {
	const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
	return new RegExp(`^${escaped}$`, flags);
}

function compare(a: DataTableColumnJsType, b: DataTableColumnJsType): number {
	const av = a instanceof Date ? a.getTime() : a;
	const bv = b instanceof Date ? b.getTime() : b;
	if (av === bv) return 0;
	if (av === null || av === undefined) return -1;
	if (bv === null || bv === undefined) return 1;
	return av < bv ? -1 : 1;
}

function matches(row: DataTableRowReturn, filter: DataTableFilter | undefined): boolean {
	if (!filter || filter.filters.length === 0) return true;
	const results = filter.filters.map(({ columnName, condition, value }) => {
		const cell = (row as Record<string, DataTableColumnJsType>)[columnName] ?? null;
		switch (condition) {
			case 'eq':
				return compare(cell, value) === 0;
			case 'neq':
				return compare(cell, value) !== 0;
			case 'gt':
				return cell !== null && compare(cell, value) > 0;
			case 'gte':
				return cell !== null && compare(cell, value) >= 0;
			case 'lt':
				return cell !== null && compare(cell, value) < 0;
			case 'lte':
				return cell !== null && compare(cell, value) <= 0;
			case 'like':
				return cell !== null && likeToRegExp(String(value), '').test(String(cell));
			case 'ilike':
				return cell !== null && likeToRegExp(String(value), 'i').test(String(cell));
			case 'isEmpty':
				return cell === null || cell === '';
			case 'isNotEmpty':
				return cell !== null && cell !== '';
			default:
				throw new Error(`In-memory data table: unsupported condition ${String(condition)}`);
		}
	});
	return filter.type === 'and' ? results.every(Boolean) : results.some(Boolean);
}

export class InMemoryDataTables {
	private readonly tables = new Map<string, Table>();
	private clock = Date.parse('2026-01-01T00:00:00Z');

	/** `uniqueKeys`: columns a unique index covers (`table.column`), as `start:queue` adds in Postgres. */
	constructor(
		specs: TableSpec[] = [],
		private readonly uniqueKeys: string[] = [],
	) {
		for (const spec of specs) this.create(spec);
	}

	create(spec: TableSpec): string {
		const reserved = spec.columns.find((c) => ['id', 'createdAt', 'updatedAt'].includes(c.name));
		if (reserved) throw new Error(`Column name '${reserved.name}' is a system column of every data table`);
		const id = `table-${this.tables.size + 1}`;
		this.tables.set(id, {
			id,
			name: spec.name,
			columns: spec.columns.map((c, index) => ({ id: `${id}-col-${index}`, name: c.name, type: c.type, index, dataTableId: id })),
			rows: [],
			nextId: 1,
		});
		return id;
	}

	/** Rows of a table by name (copies). */
	rows(name: string): Array<Record<string, DataTableColumnJsType>> {
		return this.byName(name).rows.map((r) => ({ ...r }));
	}

	/** Adds rows directly (test set-up). */
	seed(name: string, rows: DataTableRow[]): void {
		const table = this.byName(name);
		for (const row of rows) this.insert(table, row);
	}

	private byName(name: string): Table {
		const table = [...this.tables.values()].find((t) => t.name === name);
		if (!table) throw new Error(`No in-memory data table named ${name}`);
		return table;
	}

	private byId(id: string): Table {
		const table = this.tables.get(id);
		if (!table) throw new Error(`No in-memory data table with id ${id}`);
		return table;
	}

	private now(): Date {
		this.clock += 1000;
		return new Date(this.clock);
	}

	private clean(table: Table, data: DataTableRow): DataTableRow {
		const known = new Set(table.columns.map((c) => c.name));
		for (const key of Object.keys(data)) {
			if (!known.has(key)) throw new Error(`unknown column name '${key}' in table ${table.name}`);
		}
		return data;
	}

	private insert(table: Table, data: DataTableRow): DataTableRowReturn {
		for (const key of this.uniqueKeys) {
			const [name, column] = key.split('.');
			if (name !== table.name) continue;
			const value = (data as Record<string, unknown>)[column];
			if (value != null && table.rows.some((row) => (row as Record<string, unknown>)[column] === value)) {
				throw new Error(`duplicate key value violates unique constraint on ${key}`);
			}
		}
		const at = this.now();
		const row = {
			...Object.fromEntries(table.columns.map((c) => [c.name, null])),
			...this.clean(table, data),
			id: table.nextId++,
			createdAt: at,
			updatedAt: at,
		} as DataTableRowReturn;
		table.rows.push(row);
		return { ...row };
	}

	private update(table: Table, filter: DataTableFilter, data: DataTableRow): DataTableRowReturn[] {
		this.clean(table, data);
		const at = this.now();
		return table.rows
			.filter((row) => matches(row, filter))
			.map((row) => {
				Object.assign(row, data, { updatedAt: at });
				return { ...row };
			});
	}

	/** What the engine's additional data needs for the Data Table node to run. */
	additionalData(): Partial<IWorkflowExecuteAdditionalData> {
		const aggregate = {
			getProjectId: () => 'test-project',
			createDataTable: async (options: TableSpec) => {
				const id = this.create(options);
				const { rows: _rows, ...rest } = this.byId(id);
				return { ...rest, createdAt: new Date(), updatedAt: new Date(), projectId: 'test-project' };
			},
			getManyAndCount: async (options: { filter?: Record<string, string | string[]>; take?: number }) => {
				const wanted = options.filter?.name;
				const found = [...this.tables.values()]
					.filter((t) => wanted === undefined || t.name.toLowerCase() === String(wanted).toLowerCase())
					.map(({ rows: _rows, ...rest }) => ({ ...rest, createdAt: new Date(), updatedAt: new Date(), projectId: 'test-project' }));
				return { count: found.length, data: found.slice(0, options.take ?? found.length) };
			},
			deleteDataTableAll: async () => {
				this.tables.clear();
				return true;
			},
		};
		const proxyFor = (id: string) => {
			const table = this.byId(id);
			return {
				getColumns: async () => table.columns.map((c) => ({ ...c })),
				getManyRowsAndCount: async (dto: { filter?: DataTableFilter; sortBy?: [string, 'ASC' | 'DESC']; take?: number; skip?: number }) => {
					let found = table.rows.filter((row) => matches(row, dto.filter));
					if (dto.sortBy) {
						const [column, direction] = dto.sortBy;
						found = [...found].sort(
							(a, b) =>
								compare((a as Record<string, DataTableColumnJsType>)[column], (b as Record<string, DataTableColumnJsType>)[column]) *
								(direction === 'DESC' ? -1 : 1),
						);
					}
					const skip = dto.skip ?? 0;
					const page = found.slice(skip, dto.take ? skip + dto.take : undefined).map((r) => ({ ...r }));
					return { count: found.length, data: page };
				},
				insertRows: async (rows: DataTableRow[], returnType: 'all' | 'id' | 'count') => {
					const inserted = rows.map((row) => this.insert(table, row));
					if (returnType === 'count') return { success: true, insertedRows: inserted.length };
					if (returnType === 'id') return inserted.map((r) => ({ id: r.id }));
					return inserted;
				},
				updateRows: async (options: { filter: DataTableFilter; data: DataTableRow }) => this.update(table, options.filter, options.data),
				upsertRow: async (options: { filter: DataTableFilter; data: DataTableRow }) => {
					const updated = this.update(table, options.filter, options.data);
					return updated.length ? updated : [this.insert(table, options.data)];
				},
				deleteRows: async (options: { filter: DataTableFilter }) => {
					const removed = table.rows.filter((row) => matches(row, options.filter));
					table.rows = table.rows.filter((row) => !matches(row, options.filter));
					return removed;
				},
				clearRows: async () => {
					const deletedCount = table.rows.length;
					table.rows = [];
					return { deletedCount };
				},
			};
		};
		return {
			'data-table': {
				dataTableProxyProvider: {
					getDataTableAggregateProxy: async () => aggregate,
					getDataTableProxy: async (_workflow: unknown, _node: unknown, dataTableId: string) => proxyFor(dataTableId),
				},
			},
			dataTableProjectId: 'test-project',
		} as unknown as Partial<IWorkflowExecuteAdditionalData>;
	}
}
