/**
 * Calls (phone and Messenger calls): built in (the API cannot make them), listed in numbered pages
 * of at most 25, searched by conversation with their transcripts, a transcript as text/plain, and
 * a recording as Intercom serves it: a 302 to a signed URL on another origin (the sandbox's file
 * host, `Sandbox.files`), which records whether a request to it carried an Authorization header.
 */
import { createHash } from 'node:crypto';

import { invalid, notFound } from './errors';
import type { RouteContext } from './registry';
import { FileReply, Reply, route } from './registry';
import type { Json, Store } from './store';

const CALLS = '/calls';

/** Where recordings are served from: set by the sandbox when its file host listens. */
export const fileHost = { url: '' };

/** The lines of a built-in call's transcript. */
const TRANSCRIPTS: Record<string, string> = {
	'1': 'Agent: Hello, how can I help?\nCustomer: My invoice shows the wrong plan.\nAgent: I will fix that now.',
	'2': 'Agent: Thanks for calling back.\nCustomer: The refund arrived, thank you.',
};

export function sandboxCall(n: number, extra: Json = {}): Json {
	const started = Date.UTC(2026, 10, 20, 9, 0, 0) / 1000 - n * 3600;
	const hasRecording = String(n) in TRANSCRIPTS;
	return {
		type: 'call',
		id: String(n),
		conversation_id: String(1000 + n),
		admin_id: '991267460',
		contact_id: `c${n}`,
		state: 'completed',
		initiated_at: started,
		answered_at: started + 5,
		ended_at: started + 185,
		created_at: started,
		updated_at: started + 185,
		recording_url: hasRecording ? `https://api.intercom.io/calls/${n}/recording` : null,
		transcription_url: hasRecording ? `https://api.intercom.io/calls/${n}/transcript` : null,
		call_type: 'phone',
		direction: n % 2 ? 'inbound' : 'outbound',
		ended_reason: 'completed',
		phone: '+15551230000',
		fin_recording_url: null,
		fin_transcription_url: null,
		...extra,
	};
}

/** The workspace's calls, built in on first use after a reset. */
export function callsOf(store: Store): Map<string, Json> {
	const table = store.table(CALLS);
	if (!table.size) for (const n of [1, 2, 3]) table.set(String(n), sandboxCall(n));
	return table;
}

/** Most recent first. */
export const newestCallFirst = (a: Json, b: Json): number =>
	Number(b.created_at) - Number(a.created_at) || Number(b.id) - Number(a.id);

function callOr404(store: Store, id: string): Json {
	const call = callsOf(store).get(id);
	if (!call) throw notFound('Call not found');
	return call;
}

route('POST /calls/search', ({ store, body }: RouteContext) => {
	const ids = body.conversation_ids;
	if (!Array.isArray(ids) || ids.length < 1 || ids.length > 20)
		throw invalid('conversation_ids must list 1 to 20 conversation IDs', 'conversation_ids');
	const wanted = new Set(ids.map(String));
	const data = [...callsOf(store).values()]
		.filter((call) => wanted.has(String(call.conversation_id)))
		.sort(newestCallFirst)
		.map((call) => {
			const transcript = TRANSCRIPTS[String(call.id)];
			return transcript
				? { ...call, transcript, transcript_status: 'completed' }
				: { ...call, transcript: null, transcript_status: 'not_available' };
		});
	return { type: 'list', data, total_count: data.length };
});

route('GET /calls/{call_id}/transcript', ({ store, params }) => {
	callOr404(store, params.call_id);
	const transcript = TRANSCRIPTS[params.call_id];
	if (!transcript) throw notFound('Transcript not found');
	return new FileReply(Buffer.from(`${transcript}\n`, 'utf8'), {
		'content-type': 'text/plain; charset=utf-8',
	});
});

/** A recording's bytes: a tiny fake MP3 (an ID3 header and the call's ID), the same each time. */
export function recordingBytes(callId: string): Buffer {
	return Buffer.concat([
		Buffer.from('ID3\u0004\u0000\u0000', 'latin1'),
		Buffer.from(`call-${callId}`),
	]);
}

/** The signature of a recording URL: the file host answers only signed paths. */
export const signatureOf = (callId: string) =>
	createHash('sha256').update(`recording:${callId}`).digest('hex').slice(0, 16);

route('GET /calls/{call_id}/recording', ({ store, params }) => {
	callOr404(store, params.call_id);
	if (!(params.call_id in TRANSCRIPTS)) throw notFound('Recording not found');
	const location = `${fileHost.url}/recordings/call-${params.call_id}.mp3?signature=${signatureOf(params.call_id)}`;
	return new Reply(302, undefined, { location });
});
