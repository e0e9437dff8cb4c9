/**
 * A node's canvas subtitle for some parameter values, resolved as n8n's editor resolves it:
 * n8n-workflow's expression engine over a node with those parameters.
 */
import type { INode, INodeParameters, INodeType } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

export function resolveSubtitle(nodeType: INodeType, parameters: INodeParameters): unknown {
	const { name, subtitle } = nodeType.description;
	const node: INode = {
		id: 'n',
		name: 'Node',
		type: name,
		typeVersion: 1,
		position: [0, 0],
		parameters,
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => nodeType,
			getByNameAndVersion: () => nodeType,
			getKnownTypes: () => ({}),
		},
	});
	return workflow.expression.getSimpleParameterValue(
		node,
		subtitle ?? '',
		'internal',
		{},
		undefined,
		'',
	);
}
