/**
 * Visitors: anonymous website visitors, which the Messenger makes (the API cannot create them;
 * the workspace has two built in, and `POST /__sandbox/seed` adds more). They are found by
 * user_id and updated by id or user_id (name and the workspace's people custom attributes).
 */
import { invalid, notFound } from './errors';
import { route } from './registry';
import type { Json, Store } from './store';
import { now } from './store';

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
	visitor.updated_at = now();
	return store.renderVisitor(visitor);
});
