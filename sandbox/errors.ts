/** An Intercom-shaped failure a sandbox route throws; the server turns it into an `error.list`. */
export class SandboxError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly field?: string,
		readonly headers: Record<string, string> = {},
	) {
		super(message);
	}
}

export const notFound = (what = 'Resource Not Found', code = 'not_found') =>
	new SandboxError(404, code, what);

export const invalid = (message: string, field?: string) =>
	new SandboxError(400, 'parameter_invalid', message, field);

export const unprocessable = (message: string, field?: string) =>
	new SandboxError(422, 'parameter_invalid', message, field);

/** Intercom's error body. */
export function errorList(requestId: string, code: string, message: string, field?: string) {
	return {
		type: 'error.list',
		request_id: requestId,
		errors: [{ code, message, ...(field ? { field } : {}) }],
	};
}
