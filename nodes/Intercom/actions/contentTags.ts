import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../descriptions/common.description';
import { actingAdminField, tagRlc } from '../descriptions/rlc.description';
import { optionalDigits } from '../helpers/article';
import { requiredId } from '../helpers/input';
import { apiPath, intercomApiRequest } from '../transport';
import type { OperationModule } from './operation';

/**
 * Help center articles, internal articles and content snippets are tagged the same way
 * (2.16: `POST /{collection}/{id}/tags` with `id` and an optional `admin_id`, and
 * `DELETE /{collection}/{id}/tags/{tag_id}`); their Add Tag and Remove Tag come from here.
 */
export interface TaggedContent {
	/** The resource value, e.g. `internalArticle`. */
	resource: string;
	/** The locator of the tagged object and what it is called in errors. */
	locator: INodeProperties;
	label: string;
	/** Whether the object's IDs are digits only (articles and internal articles). */
	numeric: boolean;
	/** The first path segment, e.g. `internal_articles`. */
	collection: 'articles' | 'internal_articles' | 'content_snippets';
}

const taggedBy: INodeProperties = {
	...actingAdminField('adminId', 'Tagged By'),
	required: false,
	description:
		'The teammate the tagging is attributed to (default: the credential’s). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const objectId = (ctx: IExecuteFunctions, i: number, content: TaggedContent) =>
	requiredId(ctx, i, content.locator.name, content.label, { numeric: content.numeric });

/** Add Tag: an existing tag applied, optionally attributed to a teammate; Intercom answers the tag. */
export function addTagOperation(content: TaggedContent): OperationModule {
	const properties: INodeProperties[] = [
		content.locator,
		{ ...tagRlc, description: 'An existing tag of the workspace (create tags with Tag → Create)' },
		optionsCollection([taggedBy]),
	];
	return {
		description: updateDisplayOptions(
			{ show: { resource: [content.resource], operation: ['addTag'] } },
			properties,
		),
		async execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
			const id = objectId(this, i, content);
			const tagId = requiredId(this, i, 'tagId', 'Tag');
			const options = this.getNodeParameter('options', i, {}) as IDataObject;
			const adminId = optionalDigits('Tagged By', options.adminId);
			return await intercomApiRequest.call(
				this,
				'POST',
				apiPath`/${content.collection}/${id}/tags`,
				{ id: tagId, ...(adminId ? { admin_id: adminId } : {}) },
			);
		},
	};
}

/** Remove Tag: Intercom answers the tag, with `applied_at` and `applied_by` null. */
export function removeTagOperation(content: TaggedContent): OperationModule {
	return {
		description: updateDisplayOptions(
			{ show: { resource: [content.resource], operation: ['removeTag'] } },
			[content.locator, tagRlc],
		),
		async execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
			const id = objectId(this, i, content);
			const tagId = requiredId(this, i, 'tagId', 'Tag');
			return await intercomApiRequest.call(
				this,
				'DELETE',
				apiPath`/${content.collection}/${id}/tags/${tagId}`,
			);
		},
	};
}
