import type { IDataObject } from 'n8n-workflow';

import type { CustomAttributePair } from './input';
import { customAttributesFrom, optionalText, optionalUnixSeconds, readValue } from './input';
import { InputError } from './inputError';
import { asText, isBlank } from './values';

/** Instances per page of `GET /custom_object_instances/{type}` (at most 150). */
export const CUSTOM_OBJECT_PAGE_MAX = 150;

/**
 * A custom object type's identifier (`Order`, `Test_Object`): letters, digits, `_`, `-` and `.`,
 * not only dots. It is one path segment of every request, so nothing else can pass.
 */
const TYPE_IDENTIFIER = /^(?!\.+$)[A-Za-z0-9_.-]+$/;

export const isCustomObjectType = (value: string): boolean => TYPE_IDENTIFIER.test(value);

/** The Custom Object Type field: required, trimmed, one path segment. */
export function customObjectTypeOf(field: string, value: unknown): string {
	if (isBlank(value)) {
		throw new InputError(field, 'is empty', {
			description:
				'Give the identifier of a custom object type of your workspace, e.g. Order (Intercom’s API cannot list them).',
		});
	}
	const type = readValue(field, value, asText).trim();
	if (!TYPE_IDENTIFIER.test(type)) {
		throw new InputError(
			field,
			`"${type}" is not a custom object type identifier (letters, digits, _, - and ., e.g. Order)`,
		);
	}
	return type;
}

/** `reference_not_found` is reserved by Intercom for references to records that don't exist. */
const RESERVED_EXTERNAL_IDS = ['reference_not_found'];

/** An optional External ID of an instance, trimmed; Intercom's reserved value is refused. */
export function optionalInstanceExternalId(field: string, value: unknown): string | undefined {
	const externalId = optionalText(field, value);
	if (externalId !== undefined && RESERVED_EXTERNAL_IDS.includes(externalId)) {
		throw new InputError(field, `"${externalId}" is reserved by Intercom; use another ID`);
	}
	return externalId;
}

/** A required External ID of an instance (Get by External ID, Delete by External ID). */
export function requiredInstanceExternalId(field: string, value: unknown): string {
	const externalId = optionalInstanceExternalId(field, value);
	if (externalId === undefined || externalId === '') throw new InputError(field, 'is empty');
	return externalId;
}

/**
 * The body of `POST /custom_object_instances/{type}`: the external ID, the external system's
 * creation and update times (Unix seconds) and the custom attributes (typed pairs and JSON).
 */
export function customObjectInstanceBody(
	externalId: string | undefined,
	attributePairs: CustomAttributePair[] | undefined,
	fields: IDataObject,
	timeZone: string,
): IDataObject {
	const body: IDataObject = {};
	if (externalId !== undefined) body.external_id = externalId;
	const createdAt = optionalUnixSeconds('External Created At', fields.externalCreatedAt, timeZone);
	if (createdAt !== undefined) body.external_created_at = createdAt;
	const updatedAt = optionalUnixSeconds('External Updated At', fields.externalUpdatedAt, timeZone);
	if (updatedAt !== undefined) body.external_updated_at = updatedAt;
	const attributes = customAttributesFrom(attributePairs, fields.customAttributesJson, timeZone);
	if (attributes) body.custom_attributes = attributes;
	if (!Object.keys(body).length) {
		throw new InputError('Custom Attributes', 'add an External ID or at least one attribute', {
			description:
				'An instance with neither would be empty. With an External ID, Intercom updates the instance that has it.',
		});
	}
	return body;
}
