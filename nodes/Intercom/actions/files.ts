import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputBinaryOf } from '../helpers/binary';
import { requiredString } from '../helpers/input';
import { InputError } from '../helpers/inputError';
import type { IntercomFile } from '../transport';
import { FileOutput } from './operation';

/** Where a downloaded file goes: n8n's wording for a binary output field. */
export const outputFileField: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	hint: 'The name of the output binary field to put the file in',
};

/** What a file is called and is when Intercom's answer does not say (or only says "bytes"). */
export interface FileDefaults {
	fileName: string;
	mimeType: string;
}

/** MIME types that say nothing about the file: the operation's own knowledge is better. */
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream']);

/** The output field the user chose, checked before anything is downloaded. */
export function outputFieldOf(ctx: IExecuteFunctions, itemIndex: number): string {
	const field = requiredString(ctx, itemIndex, 'binaryPropertyName', 'Put Output File in Field');
	if (/[\s.[\]]/.test(field)) {
		throw new InputError(
			'Put Output File in Field',
			`"${field}" is not a field name: use letters, digits, "_" or "-" (e.g. data)`,
		);
	}
	return field;
}

/**
 * The output item of a download: `json` (what the operation knows about the file) and the file
 * in the field the user chose, streamed into n8n's binary data store.
 */
export async function fileOutput(
	ctx: IExecuteFunctions,
	field: string,
	file: IntercomFile,
	json: IDataObject,
	defaults: FileDefaults,
): Promise<FileOutput> {
	const mimeType =
		file.mimeType && !GENERIC_TYPES.has(file.mimeType) ? file.mimeType : defaults.mimeType;
	const binary = await ctx.helpers.prepareBinaryData(
		file.stream as Parameters<IExecuteFunctions['helpers']['prepareBinaryData']>[0],
		file.fileName ?? defaults.fileName,
		mimeType,
	);
	return new FileOutput(json, { [field]: binary });
}

/** Where a file to send comes from: n8n's wording for an input binary field. */
export const inputFileField: INodeProperties = {
	displayName: 'Input Data Field Name',
	name: 'inputDataFieldName',
	type: 'string',
	required: true,
	default: 'data',
	description: 'The name of the incoming field containing the binary file data to be processed',
};

/** A file of the input item, read whole: what an upload sends. */
export interface InputFile {
	bytes: Buffer;
	/** Its MIME type (type/subtype and any parameters); undefined when n8n has none. */
	mimeType?: string;
	fileName?: string;
}

/** A MIME type fit for a header: type/subtype, optional parameters, no control characters. */
const MIME_TYPE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:\s*;[^\p{Cc}]*)?$/u;

/**
 * The input item's binary field `name` (n8n's `assertBinaryData` + `getBinaryDataBuffer`, so
 * every binary data mode works), checked before anything is sent: a missing field is an
 * InputError naming `field` (the parameter the user filled in).
 */
export async function inputFileOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	field: string,
): Promise<InputFile> {
	const binary = inputBinaryOf(ctx, itemIndex, name, field);
	const mimeType = binary.mimeType?.trim() || undefined;
	if (mimeType !== undefined && !MIME_TYPE.test(mimeType)) {
		throw new InputError(
			field,
			`the binary field "${name}" has a MIME type that cannot be sent ("${mimeType.replace(/\p{Cc}/gu, '?')}")`,
		);
	}
	const bytes = await ctx.helpers.getBinaryDataBuffer(itemIndex, name);
	return { bytes, mimeType, fileName: binary.fileName?.trim() || undefined };
}
