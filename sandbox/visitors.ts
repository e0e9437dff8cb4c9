/**
 * Visitors: anonymous website visitors, which the Messenger makes (the API cannot create them;
 * the workspace has two built in, and `POST /__sandbox/seed` adds more). They are found by
 * user_id, updated by id or user_id (name and the workspace's people custom attributes), and
 * converted: to a lead (a new contact with the visitor's id, email, name and attributes), or to a
 * user: merged into the user with that id or external ID (the user keeps its identifiers and
 * gains the attributes it lacks), else made a new user with the given user_id as its external ID
 * and the given email or the visitor's. A converted visitor is gone.
 */
import { createContact } from './crm';
import { SandboxError, invalid, notFound } from './errors';
import { route } from './registry';
import type { Json, Store } from './store';

const visitorNotFound = () => notFound('Visitor Not Found');

function visitorBy(store: Store, identifiers: Json | undefined): Json {
	if (identifiers?.id !== undefined) {
		const visitor = store.visitors.get(String(identifiers.id));
		if (!visitor) throw visitorNotFound();
		return visitor;
	}
	if (identifiers?.user_id !== undefined) {
		const userId = String(identifiers.user_id);
		const visitor = [...store.visitors.values()].find((v) => v.user_id === userId);
		if (!visitor) throw visitorNotFound();
		return visitor;
	}
	throw invalid('id or user_id is required to identify the visitor', 'id');
}

/** A visitor's custom attributes are the workspace's people attributes. */
function checkAttributes(store: Store, attributes: unknown): Json {
	if (attributes === undefined) return {};
	if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes))
		throw invalid('custom_attributes must be an object', 'custom_attributes');
	for (const name of Object.keys(attributes)) {
		const known = store.dataAttributes.some(
			(a) => a.model === 'contact' && a.custom === true && a.name === name,
		);
		if (!known) throw invalid(`Custom attribute '${name}' does not exist`, 'custom_attributes');
	}
	return attributes as Json;
}

route('GET /visitors', ({ store, query }) => {
	if (query.user_id === undefined) throw invalid('user_id is required', 'user_id');
	return store.renderVisitor(visitorBy(store, { user_id: query.user_id }));
});

route('PUT /visitors', ({ store, body }) => {
	const visitor = visitorBy(store, body);
	const attributes = checkAttributes(store, body.custom_attributes);
	if (body.name !== undefined) visitor.name = body.name;
	Object.assign(visitor.custom_attributes as Json, attributes);
	visitor.updated_at = store.now();
	return store.renderVisitor(visitor);
});

route('POST /visitors/convert', ({ store, body }) => {
	if (body.type !== 'lead' && body.type !== 'user')
		throw invalid('type must be lead or user', 'type');
	const visitor = visitorBy(store, body.visitor as Json | undefined);
	const attributes = visitor.custom_attributes as Json;
	const name = visitor.name ?? null;
	if (body.type === 'lead') {
		const lead = createContact({
			store,
			params: {},
			query: {},
			body: {
				role: 'lead',
				email: visitor.email || undefined,
				name,
				custom_attributes: attributes,
			},
		});
		lead.id = String(visitor.id);
		store.contacts.set(lead.id, lead);
		store.visitors.delete(String(visitor.id));
		return store.renderContact(lead);
	}
	const user = (body.user as Json | undefined) ?? {};
	if (user.id === undefined && user.user_id === undefined)
		throw invalid('user.id or user.user_id is required to convert to a user', 'user');
	const existing =
		user.id !== undefined
			? store.contact(String(user.id))
			: [...store.contacts.values()].find(
					(c) => c.role === 'user' && c.external_id === String(user.user_id),
				);
	if (user.id !== undefined && !existing) throw notFound('User Not Found');
	if (existing) {
		if (existing.role !== 'user')
			throw new SandboxError(400, 'parameter_invalid', 'The contact is not a user', 'user');
		existing.custom_attributes = { ...attributes, ...existing.custom_attributes };
		existing.updated_at = store.now();
		store.visitors.delete(String(visitor.id));
		return store.renderContact(existing);
	}
	const created = createContact({
		store,
		params: {},
		query: {},
		body: {
			role: 'user',
			external_id: String(user.user_id),
			email: (user.email as string | undefined) ?? (visitor.email || undefined),
			name,
			custom_attributes: attributes,
		},
	});
	created.id = String(visitor.id);
	store.contacts.set(created.id, created);
	store.visitors.delete(String(visitor.id));
	return store.renderContact(created);
});
