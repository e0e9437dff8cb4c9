import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty, expressionLiteral } from '../../../credentials/intercom.common';

import { withRequestsInParallel } from '../descriptions/common.description';
import { resources } from './resources';

const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: Object.entries(resources).map(([value, resource]) => ({ name: resource.name, value })),
	default: 'contact',
};

/** Each resource's operations by value → the action text of its selector entry ("Get many contacts"). */
const actions = Object.fromEntries(
	Object.entries(resources).map(([value, resource]) => [
		value,
		Object.fromEntries(
			resource.description
				.filter((p) => p.name === 'operation')
				.flatMap((p) => p.options ?? [])
				.map((option) => [
					String((option as { value: unknown }).value),
					(option as { action?: string }).action,
				]),
		),
	]),
);

/**
 * The canvas subtitle: the chosen operation's action text ("Get many contacts"), or the raw
 * values for a pair the node does not know.
 */
export const SUBTITLE = `={{ ((actions, resource, operation) => (actions[resource] || {})[operation] || operation + ": " + resource)(${expressionLiteral(actions)}, $parameter["resource"], $parameter["operation"]) }}`;

/** The node's fields: Authentication, Resource, and each resource's Operation selector and operation fields. */
export const properties: INodeProperties[] = withRequestsInParallel([
	authenticationProperty,
	resourceProperty,
	...Object.values(resources).flatMap((resource) => resource.description),
]);
