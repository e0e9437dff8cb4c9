import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

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
