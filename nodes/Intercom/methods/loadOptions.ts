import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { liveTicketTypeAttributes } from '../helpers/ticket';
import { intercomApiRequest } from '../transport';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** The workspace's admins (teammates). */
export async function getAdmins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = (await intercomApiRequest.call(this, 'GET', '/admins')) as IDataObject;
	const admins = (response.admins as IDataObject[] | undefined) ?? [];
	return admins
		.map((admin) => ({
			name: `${String(admin.name ?? admin.id)}${admin.email ? ` (${String(admin.email)})` : ''}`,
			value: String(admin.id),
		}))
		.sort(byName);
}

/** The workspace's teams. */
export async function getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = (await intercomApiRequest.call(this, 'GET', '/teams')) as IDataObject;
	const teams = (response.teams as IDataObject[] | undefined) ?? [];
	return teams.map((team) => ({ name: String(team.name ?? team.id), value: String(team.id) })).sort(byName);
}

/** The workspace's subscription types, by their default-language name. */
export async function getSubscriptionTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = (await intercomApiRequest.call(this, 'GET', '/subscription_types')) as IDataObject;
	const types = (response.data as IDataObject[] | undefined) ?? [];
	return types
		.map((type) => {
			const translation = (type.default_translation as IDataObject | undefined) ?? {};
			return {
				name: `${String(translation.name ?? type.id)} (${String(type.consent_type ?? '')})`.replace(' ()', ''),
				value: String(type.id),
				description: translation.description as string | undefined,
			};
		})
		.sort(byName);
}

/** The contact model's custom data attributes, for the custom-attribute name picker. */
export async function getContactCustomAttributes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = (await intercomApiRequest.call(this, 'GET', '/data_attributes', undefined, {
		model: 'contact',
	})) as IDataObject;
	const attributes = (response.data as IDataObject[] | undefined) ?? [];
	return attributes
		.filter((attribute) => attribute.custom === true && attribute.archived !== true)
		.map((attribute) => ({
			name: `${String(attribute.label ?? attribute.name)} (${String(attribute.data_type ?? 'string')})`,
			value: String(attribute.name),
			description: attribute.description as string | undefined,
		}))
		.sort(byName);
}

/** The workspace's conversation attributes (their own API since 2.16), archived ones left out. */
export async function getConversationCustomAttributes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = (await intercomApiRequest.call(this, 'GET', '/conversations/attributes')) as IDataObject;
	const attributes = (response.data as IDataObject[] | undefined) ?? [];
	return attributes
		.filter((attribute) => attribute.archived !== true && attribute.data_type !== 'relationship')
		.map((attribute) => ({
			name: `${String(attribute.name)} (${String(attribute.data_type ?? 'string')})`,
			value: String(attribute.name),
			description: (attribute.description as string | undefined) || undefined,
		}))
		.sort(byName);
}

/** The workspace's ticket types (archived ones left out), with their category. */
export async function getTicketTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = (await intercomApiRequest.call(this, 'GET', '/ticket_types')) as IDataObject;
	const types = (response.data as IDataObject[] | undefined) ?? [];
	return types
		.filter((type) => type.archived !== true)
		.map((type) => ({
			name: `${String(type.name ?? type.id)}${type.category ? ` (${String(type.category)})` : ''}`,
			value: String(type.id),
			description: (type.description as string | undefined) || undefined,
		}))
		.sort(byName);
}

/** The workspace's ticket states, by their teammate-facing label and category. */
export async function getTicketStates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = (await intercomApiRequest.call(this, 'GET', '/ticket_states')) as IDataObject;
	const states = (response.data as IDataObject[] | undefined) ?? [];
	return states
		.filter((state) => state.archived !== true)
		.map((state) => ({
			name: `${String(state.internal_label ?? state.external_label ?? state.id)} (${String(state.category ?? '')})`.replace(
				' ()',
				'',
			),
			value: String(state.id),
		}))
		.sort(byName);
}

/** The attributes of the ticket type chosen in the node (required ones marked). */
export async function getTicketTypeAttributes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const ticketTypeId = String(this.getCurrentNodeParameter('ticketTypeId') ?? '').trim();
	if (!/^[A-Za-z0-9_-]+$/.test(ticketTypeId)) return [];
	const type = (await intercomApiRequest.call(
		this,
		'GET',
		`/ticket_types/${encodeURIComponent(ticketTypeId)}`,
	)) as IDataObject;
	return liveTicketTypeAttributes(type)
		.map((attribute) => ({
			name: `${String(attribute.name)} (${String(attribute.data_type ?? 'string')}${attribute.required_to_create ? ', required' : ''})`,
			value: String(attribute.name),
			description: (attribute.description as string | undefined) || undefined,
		}))
		.sort(byName);
}
