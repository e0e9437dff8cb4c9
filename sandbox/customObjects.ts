/**
 * Custom object instances, per custom object type. Intercom's API cannot create or list custom
 * object types (they are set up in its app), so the workspace has two built in, each with typed
 * attributes: `Order` and `Subscription`. An instance is created, or updated when its type has one
 * with the same `external_id`; attribute values must fit their attribute's type (null clears one).
 * The type's list answers numbered pages, most recent first, or one instance for `external_id`, or
 * the instances a contact or conversation refers to in its custom attributes (an ID, an array of
 * IDs, or an instance list). Instances are deleted by ID or by `external_id`.
 */
import { SandboxError, invalid, notFound } from './errors';
import type { RouteContext } from './registry';
import { numberedPage, route } from './registry';
import type { Json, Store } from './store';

/** Intercom's page size for instance lists: 20 by default, at most 150. */
const INSTANCES_PAGE = { perPage: 20, max: 150 };

type AttributeType = 'string' | 'integer' | 'decimal' | 'boolean' | 'datetime';

/** The built-in custom object types and their attributes. */
export const CUSTOM_OBJECT_TYPES: Record<string, Record<string, AttributeType>> = {
	Order: {
		order_number: 'string',
		total_amount: 'decimal',
		status: 'string',
		paid: 'boolean',
		placed_at: 'datetime',
	},
	Subscription: {
		plan: 'string',
		seats: 'integer',
		active: 'boolean',
		renews_at: 'datetime',
	},
};

/** Reserved: Intercom refuses it as an instance's external_id. */
const RESERVED_EXTERNAL_ID = 'reference_not_found';

export const instancesPath = (type: string) => `/custom_object_instances/${type}`;

/** The instances of a type (the generic table of the type's collection path); 404 for an unknown type. */
export function instancesOf(store: Store, type: string): Map<string, Json> {
	if (!Object.hasOwn(CUSTOM_OBJECT_TYPES, type))
		throw notFound(`Custom object type \`${type}\` not found`);
	return store.table(instancesPath(type));
}

const instanceNotFound = () => notFound('Custom object instance not found');

function fits(kind: AttributeType, value: unknown): boolean {
	switch (kind) {
		case 'string':
			return typeof value === 'string';
		case 'integer':
			return Number.isSafeInteger(value);
		case 'decimal':
			return typeof value === 'number' && Number.isFinite(value);
		case 'boolean':
			return typeof value === 'boolean';
		case 'datetime':
			return (
				(Number.isSafeInteger(value) && (value as number) >= 0) ||
				(typeof value === 'string' && !Number.isNaN(Date.parse(value)))
			);
	}
}

function checkAttributes(type: string, attributes: unknown): Json {
	if (attributes === undefined || attributes === null) return {};
	if (typeof attributes !== 'object' || Array.isArray(attributes))
		throw invalid('custom_attributes must be an object', 'custom_attributes');
	const defined = CUSTOM_OBJECT_TYPES[type];
	for (const [name, value] of Object.entries(attributes as Json)) {
		const kind = defined[name];
		if (kind === undefined)
			throw invalid(`Custom attribute '${name}' does not exist on ${type}`, 'custom_attributes');
		if (value !== null && !fits(kind, value))
			throw invalid(
				`Custom attribute '${name}' must be of type ${kind}, got ${JSON.stringify(value)}`,
				'custom_attributes',
			);
	}
	return attributes as Json;
}

function timeOf(value: unknown): number | null {
	if (value === undefined || value === null) return null;
	// Intercom stores a value it cannot read as a time as null rather than refusing it.
	return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : null;
}

// POST /custom_object_instances/{type}: a new instance, or the one with the same external_id updated.
route(
	'POST /custom_object_instances/{custom_object_type_identifier}',
	({ store, params, body }) => {
		const type = params.custom_object_type_identifier;
		const instances = instancesOf(store, type);
		const externalId =
			body.external_id === undefined || body.external_id === null ? null : String(body.external_id);
		if (externalId === RESERVED_EXTERNAL_ID)
			throw invalid(`external_id '${RESERVED_EXTERNAL_ID}' is reserved`, 'external_id');
		const attributes = checkAttributes(type, body.custom_attributes);
		const at = store.now();
		const existing =
			externalId === null
				? undefined
				: [...instances.values()].find((instance) => instance.external_id === externalId);
		if (existing) {
			existing.custom_attributes = { ...(existing.custom_attributes as Json), ...attributes };
			if ('external_created_at' in body)
				existing.external_created_at = timeOf(body.external_created_at);
			if ('external_updated_at' in body)
				existing.external_updated_at = timeOf(body.external_updated_at);
			existing.updated_at = at;
			return { ...existing };
		}
		const instance: Json = {
			id: store.nextId('number'),
			type,
			custom_attributes: { ...attributes },
			external_id: externalId,
			external_created_at: timeOf(body.external_created_at),
			external_updated_at: timeOf(body.external_updated_at),
			created_at: at,
			updated_at: at,
		};
		instances.set(String(instance.id), instance);
		return { ...instance };
	},
);

/** Does a custom attribute value (an ID, an array of IDs, an instance list) refer to the instance? */
function refersTo(value: unknown, id: string): boolean {
	if (Array.isArray(value)) return value.some((entry) => refersTo(entry, id));
	if (value && typeof value === 'object') {
		const list = value as Json;
		if (Array.isArray(list.instances)) return refersTo(list.instances, id);
		return list.id !== undefined && String(list.id) === id;
	}
	return (typeof value === 'string' || typeof value === 'number') && String(value) === id;
}

function referredBy(attributes: Json | undefined, id: string): boolean {
	return Object.values(attributes ?? {}).some((value) => refersTo(value, id));
}

const newestFirst = (a: Json, b: Json) =>
	Number(b.created_at) - Number(a.created_at) || Number(b.id) - Number(a.id);

/** The instance of a type with an external_id, or a 404. */
function byExternalId(instances: Map<string, Json>, externalId: string): Json {
	const instance = [...instances.values()].find((i) => i.external_id === externalId);
	if (!instance) throw instanceNotFound();
	return instance;
}

// GET /custom_object_instances/{type}: one instance for external_id, else a numbered page of them.
route('GET /custom_object_instances/{custom_object_type_identifier}', (ctx: RouteContext) => {
	const { store, params, query } = ctx;
	const type = params.custom_object_type_identifier;
	const instances = instancesOf(store, type);
	if (query.external_id !== undefined) return { ...byExternalId(instances, query.external_id) };
	if (query.references_contact_id !== undefined && query.references_conversation_id !== undefined)
		throw invalid(
			'Only one of references_contact_id and references_conversation_id may be given',
			'references_contact_id',
		);
	let items = [...instances.values()];
	if (query.references_contact_id !== undefined) {
		const contact = store.contact(query.references_contact_id);
		items = contact ? items.filter((i) => referredBy(contact.custom_attributes, String(i.id))) : [];
	} else if (query.references_conversation_id !== undefined) {
		const conversation = store.conversations.get(query.references_conversation_id);
		items = conversation
			? items.filter((i) => referredBy(conversation.custom_attributes, String(i.id)))
			: [];
	}
	items.sort(newestFirst);
	return numberedPage(
		items,
		query,
		INSTANCES_PAGE.perPage,
		INSTANCES_PAGE.max,
		Infinity,
		(instance) => ({ ...instance }),
		`/custom_object_instances/${encodeURIComponent(type)}`,
	);
});

// GET /custom_object_instances/{type}/{id}: by Intercom's ID (or, as the spec allows, the external_id).
route(
	'GET /custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}',
	({ store, params }) => {
		const instances = instancesOf(store, params.custom_object_type_identifier);
		const id = params.custom_object_instance_id;
		return { ...(instances.get(id) ?? byExternalId(instances, id)) };
	},
);

function deleted(instances: Map<string, Json>, instance: Json): Json {
	instances.delete(String(instance.id));
	return { id: String(instance.id), object: instance.type, deleted: true };
}

route(
	'DELETE /custom_object_instances/{custom_object_type_identifier}',
	({ store, params, query }) => {
		const instances = instancesOf(store, params.custom_object_type_identifier);
		if (query.external_id === undefined)
			throw new SandboxError(400, 'parameter_not_found', 'external_id is required', 'external_id');
		return deleted(instances, byExternalId(instances, query.external_id));
	},
);

route(
	'DELETE /custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}',
	({ store, params }) => {
		const instances = instancesOf(store, params.custom_object_type_identifier);
		const instance = instances.get(params.custom_object_instance_id);
		if (!instance) throw instanceNotFound();
		return deleted(instances, instance);
	},
);
