import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import {
	listOptionLabels,
	liveTicketTypeAttributes,
	ticketAttributeDisplayName,
	ticketTypeAttributes,
	ticketStateLabel,
	ticketTypeStates,
} from '../helpers/ticket';
import { reportingDatasets } from '../lookups/reportingDatasets';
import { workspaceTicketStates } from '../lookups/ticketStates';
import { apiPath, intercomApiRequest } from '../transport';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** The workspace's admins (teammates). */
export async function getAdmins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = await intercomApiRequest.call(this, 'GET', '/admins');
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
	const response = await intercomApiRequest.call(this, 'GET', '/teams');
	const teams = (response.teams as IDataObject[] | undefined) ?? [];
	return teams
		.map((team) => ({ name: String(team.name ?? team.id), value: String(team.id) }))
		.sort(byName);
}

/** The workspace's subscription types, by their default-language name. */
export async function getSubscriptionTypes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const response = await intercomApiRequest.call(this, 'GET', '/subscription_types');
	const types = (response.data as IDataObject[] | undefined) ?? [];
	return types
		.map((type) => {
			const translation = (type.default_translation as IDataObject | undefined) ?? {};
			return {
				name: `${String(translation.name ?? type.id)} (${String(type.consent_type ?? '')})`.replace(
					' ()',
					'',
				),
				value: String(type.id),
				description: translation.description as string | undefined,
			};
		})
		.sort(byName);
}

/** The custom, live data attributes of a model (contact or company), for custom-attribute name pickers. */
async function customAttributesOf(
	ctx: ILoadOptionsFunctions,
	model: 'contact' | 'company',
): Promise<INodePropertyOptions[]> {
	const response = await intercomApiRequest.call(ctx, 'GET', '/data_attributes', undefined, {
		model,
	});
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

/** The contact model's custom data attributes, for the custom-attribute name picker. */
export async function getContactCustomAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await customAttributesOf(this, 'contact');
}

/** The company model's custom data attributes, for the custom-attribute name picker. */
export async function getCompanyCustomAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await customAttributesOf(this, 'company');
}

/** Custom data attributes of both models (archived ones too), by ID, for updating one. */
export async function getCustomDataAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const response = await intercomApiRequest.call(this, 'GET', '/data_attributes', undefined, {
		include_archived: true,
	});
	const attributes = (response.data as IDataObject[] | undefined) ?? [];
	return attributes
		.filter(
			(attribute) =>
				attribute.custom === true && attribute.id !== undefined && attribute.id !== null,
		)
		.map((attribute) => ({
			name: `${String(attribute.model ?? '')} › ${String(attribute.label ?? attribute.name)}${attribute.archived === true ? ' (archived)' : ''}`,
			value: String(attribute.id),
			description: attribute.description as string | undefined,
		}))
		.sort(byName);
}

/** The workspace's segments (contact and company segments). */
export async function getSegments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = await intercomApiRequest.call(this, 'GET', '/segments');
	const segments = (response.segments as IDataObject[] | undefined) ?? [];
	return segments
		.map((segment) => ({
			name: `${String(segment.name ?? segment.id)}${segment.person_type ? ` (${String(segment.person_type)})` : ''}`,
			value: String(segment.id),
		}))
		.sort(byName);
}

/** The workspace's away status reasons in Intercom's display order, without deleted ones. */
export async function getAwayStatusReasons(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const response = await intercomApiRequest.call(this, 'GET', '/away_status_reasons');
	const reasons = (response.data as IDataObject[] | undefined) ?? [];
	const order = (reason: IDataObject) =>
		typeof reason.order === 'number' ? reason.order : Number.MAX_SAFE_INTEGER;
	return reasons
		.filter((reason) => reason.deleted !== true)
		.sort((a, b) => order(a) - order(b))
		.map((reason) => ({
			name: `${reason.emoji ? `${String(reason.emoji)} ` : ''}${String(reason.label ?? reason.id)}`,
			value: String(reason.id),
		}));
}

/** The workspace's conversation attributes (their own API since 2.16), archived ones left out. */
export async function getConversationCustomAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const response = await intercomApiRequest.call(this, 'GET', '/conversations/attributes');
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

/** The workspace's ticket types with their category; archived ones left out or marked. */
async function ticketTypeOptions(
	ctx: ILoadOptionsFunctions,
	archived: 'leave out' | 'mark',
): Promise<INodePropertyOptions[]> {
	const response = await intercomApiRequest.call(ctx, 'GET', '/ticket_types');
	const types = (response.data as IDataObject[] | undefined) ?? [];
	return types
		.filter((type) => archived === 'mark' || type.archived !== true)
		.map((type) => ({
			name: `${String(type.name ?? type.id)}${type.category ? ` (${String(type.category)})` : ''}${type.archived === true ? ' (archived)' : ''}`,
			value: String(type.id),
			description: (type.description as string | undefined) || undefined,
		}))
		.sort(byName);
}

/** The workspace's ticket types (archived ones left out), with their category. */
export async function getTicketTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await ticketTypeOptions(this, 'leave out');
}

/** Every ticket type, archived ones marked: for changing a type, or restoring an archived one. */
export async function getTicketTypesWithArchived(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await ticketTypeOptions(this, 'mark');
}

/** The workspace's ticket states, by their teammate-facing label and category. */
export async function getTicketStates(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const states = await workspaceTicketStates(this);
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

/**
 * The ticket type chosen in the node's Ticket Type field (GET /ticket_types/{id}, with its
 * attributes and states), or undefined while none is chosen.
 */
async function chosenTicketType(ctx: ILoadOptionsFunctions): Promise<IDataObject | undefined> {
	const ticketTypeId = String(ctx.getCurrentNodeParameter('ticketTypeId') ?? '').trim();
	if (!/^[A-Za-z0-9_-]+$/.test(ticketTypeId)) return undefined;
	return await intercomApiRequest.call(ctx, 'GET', apiPath`/ticket_types/${ticketTypeId}`);
}

/** The attributes of the ticket type chosen in the node (required ones marked). */
export async function getTicketTypeAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const type = await chosenTicketType(this);
	if (!type) return [];
	return liveTicketTypeAttributes(type)
		.map((attribute) => ({
			name: `${ticketAttributeDisplayName(String(attribute.name))} (${String(attribute.data_type ?? 'string')}${attribute.required_to_create ? ', required' : ''})`,
			value: String(attribute.name),
			description: attributeDescription(attribute),
		}))
		.sort(byName);
}

/**
 * The attributes of the ticket type chosen in the node, by ID, archived ones marked: for updating
 * one (or restoring an archived one).
 */
export async function getTicketTypeAttributeIds(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const type = await chosenTicketType(this);
	if (!type) return [];
	return ticketTypeAttributes(type)
		.filter((attribute) => attribute.id !== undefined && attribute.id !== null)
		.map((attribute) => ({
			name: `${ticketAttributeDisplayName(String(attribute.name))} (${String(attribute.data_type ?? 'string')}${attribute.default === true ? ', built in' : ''}${attribute.archived === true ? ', archived' : ''})`,
			value: String(attribute.id),
			description: attributeDescription(attribute),
		}))
		.sort(byName);
}

/** A ticket attribute's description, with the options of a list attribute ("One of: Low, High"). */
function attributeDescription(attribute: IDataObject): string | undefined {
	const options = attribute.data_type === 'list' ? listOptionLabels(attribute) : [];
	const parts = [
		(attribute.description as string | undefined) || '',
		options.length ? `One of: ${options.join(', ')}` : '',
	].filter(Boolean);
	return parts.length ? parts.join('. ') : undefined;
}

/** The states of the ticket type chosen in the node, in Intercom's order, with their category. */
export async function getTicketTypeStates(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const type = await chosenTicketType(this);
	if (!type) return [];
	return ticketTypeStates(type).map((state) => ({
		name: `${ticketStateLabel(state)}${state.category ? ` (${String(state.category)})` : ''}`,
		value: String(state.id),
		description:
			state.external_label && state.external_label !== state.internal_label
				? `Shown to customers as "${String(state.external_label)}"`
				: undefined,
	}));
}

/** The reporting datasets (Reporting Data Export → Create). */
export async function getReportingDatasets(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return (await reportingDatasets(this))
		.map((dataset) => ({
			name: String(dataset.name ?? dataset.id),
			value: String(dataset.id),
			description: dataset.description ? String(dataset.description) : undefined,
		}))
		.sort(byName);
}

/** The attributes of the reporting dataset chosen in the node, by their qualified ID. */
export async function getReportingAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const datasetId = String(this.getCurrentNodeParameter('datasetId') ?? '').trim();
	if (!datasetId) return [];
	const dataset = (await reportingDatasets(this)).find((d) => String(d.id) === datasetId);
	const attributes = (dataset?.attributes as IDataObject[] | undefined) ?? [];
	return attributes
		.filter((attribute) => attribute.qualified_id ?? attribute.id)
		.map((attribute) => {
			const id = String(attribute.qualified_id ?? attribute.id);
			return { name: `${String(attribute.name ?? id)} (${id})`, value: id };
		})
		.sort(byName);
}
