/**
 * Resolves an n8n expression (`={{ … }}`) the way n8n resolves a credential's test request or
 * its hidden fields: through n8n-workflow's real expression engine, with extra keys such as
 * `$credentials` or `$self`.
 */
import type { IDataObject, INode, INodeParameters, INodeType } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

const noOp: INodeType = {
	description: {
		displayName: 'No Op',
		name: 'noOp',
		group: ['transform'],
		version: 1,
		description: 'Resolves expressions',
		defaults: { name: 'No Op' },
		inputs: [],
		outputs: [],
		properties: [],
	},
};
const node: INode = {
	id: 'n',
	name: 'No Op',
	type: 'noOp',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const workflow = new Workflow({
	nodes: [node],
	connections: {},
	active: false,
	nodeTypes: { getByName: () => noOp, getByNameAndVersion: () => noOp, getKnownTypes: () => ({}) },
});

export function resolveExpression(value: string, additionalKeys: IDataObject): unknown {
	return workflow.expression.getSimpleParameterValue(
		node,
		value,
		'internal',
		additionalKeys,
		undefined,
		'',
	);
}

/**
 * Resolves every `={{ … }}` in a credential's data with `$self` = that data, as n8n resolves an
 * OAuth2 credential's fields before its authorize redirect and token exchange.
 */
export function resolveCredentialData(data: INodeParameters): unknown {
	return workflow.expression.getComplexParameterValue(
		node,
		data,
		'internal',
		{},
		undefined,
		undefined,
		data,
	);
}
