import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { upsertContactFields } from '../../descriptions/contact.description';
import { buildContactBody } from '../../helpers/contact';
import { optionParameter, requiredEmail } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import type { ListResponse } from '../../helpers/interfaces';
import { isBlank } from '../../helpers/values';
import { apiPath, intercomApiRequest } from '../../transport';
import { PageWalk } from '../../transport/pages';
import { requiredPathValue } from '../paths';

const properties: INodeProperties[] = [...upsertContactFields];

const displayOptions = { show: { resource: ['contact'], operation: ['upsert'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The key added to the contact the operation outputs: what it did. */
export const UPSERT_ACTION_KEY = '_action';

/** Matches asked for when searching by email: one is the contact, more are named in the error. */
const MATCHES_SHOWN = 5;

type IdentifyBy = 'email' | 'externalId';

const LABEL: Record<IdentifyBy, string> = { email: 'Email', externalId: 'External ID' };

/**
 * The contacts with this email, by `POST /contacts/search` (users and leads; Intercom's search
 * leaves archived contacts out and may take a few minutes to find a new one): the one found,
 * undefined for none, and an error naming the count (and the first IDs) for more than one.
 */
async function findByEmail(
	ctx: IExecuteFunctions,
	email: string,
): Promise<IDataObject | undefined> {
	const response = await (intercomApiRequest<ListResponse>).call(
		ctx,
		'POST',
		'/contacts/search',
		{
			query: { field: 'email', operator: '=', value: email },
			pagination: { per_page: MATCHES_SHOWN },
		},
		undefined,
		{ idempotent: true },
	);
	const found = new PageWalk(ctx, 'POST /contacts/search', 'data').take(response);
	const total = Math.max(Number(response.total_count ?? 0) || 0, found.length);
	if (total > 1) {
		const ids = found.map((c) => String(c.id)).join(', ');
		throw new InputError(
			'Email',
			`${total} contacts have the email "${email}" (${ids}${total > found.length ? ', …' : ''}), so Create or Update cannot tell which one to update`,
			{
				description:
					'Merge the duplicates (Contact → Merge), identify the contact by External ID, or update one of them by its ID with Contact → Update.',
			},
		);
	}
	return found[0];
}

/**
 * The user with this external ID (`GET /contacts/find_by_external_id/{id}`, which finds users,
 * not leads), or undefined when Intercom has none (404). A merged contact's 410 and every other
 * error go through as they are.
 */
async function findByExternalId(
	ctx: IExecuteFunctions,
	externalId: string,
): Promise<IDataObject | undefined> {
	const path = apiPath`/contacts/find_by_external_id/${externalId}`;
	try {
		return await intercomApiRequest.call(ctx, 'GET', path);
	} catch (error) {
		if (error instanceof NodeApiError) {
			if (error.httpCode === '404') return undefined;
			// Hands the same error back (the constructor returns an existing NodeApiError as is).
			throw new NodeApiError(ctx.getNode(), error as unknown as JsonObject);
		}
		throw new NodeOperationError(ctx.getNode(), error as Error);
	}
}

/**
 * Finds the contact by email or external ID, then updates it (`PUT /contacts/{id}`) or creates it
 * (`POST /contacts`) with the fields of Create and Update. Both bodies are built (and checked)
 * before anything is sent. The contact comes out with `_action`: `created` or `updated`.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const identifyBy = optionParameter<IdentifyBy>(
		this,
		i,
		'identifyContactBy',
		'Identify By',
		['email', 'externalId'],
		'email',
	);
	const value =
		identifyBy === 'email'
			? requiredEmail(this, i, 'email', 'Email')
			: requiredPathValue(this, i, 'externalId', 'External ID');
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	// Additional Fields has Email and External ID too: the one identifying the contact is set above.
	const repeated = additional[identifyBy];
	if (!isBlank(repeated)) {
		const same =
			identifyBy === 'email'
				? String(repeated).trim().toLowerCase() === value.toLowerCase()
				: String(repeated).trim() === value;
		if (!same) {
			throw new InputError(
				`Additional Fields → ${LABEL[identifyBy]}`,
				`differs from the ${LABEL[identifyBy]} the contact is identified by ("${value}"). Change it with Contact → Update`,
			);
		}
	}
	const fields: IDataObject = { ...additional, [identifyBy]: value };
	const timeZone = this.getTimezone();
	const updateBody = buildContactBody(fields, timeZone);
	const createBody = buildContactBody(
		{ ...fields, role: this.getNodeParameter('role', i) },
		timeZone,
	);

	const existing =
		identifyBy === 'email' ? await findByEmail(this, value) : await findByExternalId(this, value);
	if (existing) {
		const id = String(existing.id ?? '');
		const contact = await intercomApiRequest.call(
			this,
			'PUT',
			apiPath`/contacts/${id}`,
			updateBody,
		);
		return { ...contact, [UPSERT_ACTION_KEY]: 'updated' };
	}
	const contact = await intercomApiRequest.call(this, 'POST', '/contacts', createBody);
	return { ...contact, [UPSERT_ACTION_KEY]: 'created' };
}
