// Benchmark of what the Intercom Polling Trigger costs in search requests (run by hand:
// `node bench/run.mjs poll`, or `node bench/poll-cost.mjs` alone). It runs the trigger's real poll()
// through n8n-core's PollContext (test/harness/run-poll.ts, the Poller the tests use: the static
// data kept in memory between polls, stored only when a poll outputs items) against the sandbox on
// loopback, and counts the search requests of each poll from the sandbox's stats.
//
// The sandbox runs in this process (startSandbox, as in the returnall benchmark and
// poll.sandbox.test.ts), not in bench/sandbox-process.mjs: the records are dated by setting
// `created_at`/`updated_at` in `sandbox.store`, which its control API cannot do. The request counts
// do not depend on where the sandbox runs; the times per poll include the sandbox's own search work
// (filtering and rendering every record of the workspace per request) on the same thread; that
// share is measured by wrapping the sandbox's three search handlers, and printed in brackets.
//
// For each event, with Max Items per Check 100 (the default) and 1000, on a workspace of
// BENCH_POLL_BACKGROUND (500) records dated over the 2 days before the activation:
//   idle    BENCH_POLL_IDLE (20) polls after the activation poll, nothing changed;
//   burst   BENCH_POLL_BURST (1,000) records dated over the 60 s after the activation (seeded
//           before, dated 3 days back until then), polled until a poll outputs nothing: polls,
//           requests, records missed and output twice, order;
//   after   BENCH_POLL_AFTER (5) polls once the burst is out (nothing changed since), then as many
//           once the workspace has been quiet for longer than Look Back (the clock moved on 11
//           minutes: the window then starts from the last check, not from the burst).
// Then the Look Back cost: N tickets (or conversations) created within the 10 minutes before now,
// output by a first poll (Start From 11 minutes back), then idle polls.
// Nothing is asserted here (the behaviour is tested in `npx jest test/nodes/IntercomPollingTrigger`).

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { requireTs } = require('../scripts/lib/ts-require.cjs');
const { startSandbox } = requireTs('sandbox/index.ts');
const { buildTicket } = requireTs('sandbox/inbox.ts');
const { findRoute } = requireTs('sandbox/registry.ts');
const { sandboxPollingTrigger } = requireTs('test/nodes/IntercomPollingTrigger/fixtures.ts');
// The harness loads nock, which intercepts every HTTP request in the process; the poll talks to
// the sandbox over real sockets, as n8n does, so interception is switched off.
require('nock').restore();

const IDLE = Number(process.env.BENCH_POLL_IDLE ?? 20);
// Polls after the burst: each reads the same pages (nothing changes), so a few show it.
const AFTER = Number(process.env.BENCH_POLL_AFTER ?? 5);
const BURST = Number(process.env.BENCH_POLL_BURST ?? 1000);
const BACKGROUND = Number(process.env.BENCH_POLL_BACKGROUND ?? 500);
const MAX_ITEMS = (process.env.BENCH_POLL_MAX_ITEMS ?? '100,1000').split(',').map(Number);
// A burst that never drains (a bug) stops after this many polls.
const MAX_POLLS = 200;

const DAY = 86400;
const nowS = () => Math.floor(Date.now() / 1000);
const fmt = (n, d = 0) =>
	n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mean = (xs) => xs.reduce((sum, x) => sum + x, 0) / xs.length;

/** How each event's records are made in the sandbox and which timestamps its burst moves. */
const KINDS = {
	contact: {
		route: 'POST /contacts/search',
		table: (store) => store.contacts,
		make(sandbox, n) {
			const { contacts } = sandbox.seed({
				contacts: Array.from({ length: n }, () => ({
					role: 'user',
					email: `poll${++serial}@example.com`,
				})),
			});
			return contacts.map((c) => String(c.id));
		},
	},
	conversation: {
		route: 'POST /conversations/search',
		table: (store) => store.conversations,
		make(sandbox, n) {
			const email = `starter${++serial}@example.com`;
			sandbox.seed({ contacts: [{ role: 'user', email }] });
			const { conversations } = sandbox.seed({
				conversations: Array.from({ length: n }, (_, k) => ({ email, body: `Question ${k}` })),
			});
			return conversations.map((c) => String(c.conversation_id));
		},
	},
	ticket: {
		route: 'POST /tickets/search',
		table: (store) => store.tickets,
		make(sandbox, n) {
			const {
				contacts: [contact],
			} = sandbox.seed({ contacts: [{ role: 'user', email: `reporter${++serial}@example.com` }] });
			// The create code of POST /tickets (its resource row), without the HTTP round trips.
			return Array.from({ length: n }, (_, k) => {
				const ticket = buildTicket(sandbox.store, {
					ticket_type_id: '71',
					contacts: [{ id: contact.id }],
					ticket_attributes: { _default_title_: `Ticket ${k}`, Severity: 'Low' },
				});
				sandbox.store.tickets.set(ticket.id, ticket);
				return ticket.id;
			});
		},
	},
};
let serial = 0;

const EVENTS = [
	{ event: 'contact.created', kind: 'contact', field: 'created_at' },
	{ event: 'contact.updated', kind: 'contact', field: 'updated_at' },
	{ event: 'conversation.updated', kind: 'conversation', field: 'updated_at' },
	{ event: 'ticket.created', kind: 'ticket', field: 'created_at' },
];

/** Dates a record: the event's field at `at`; created_at never after updated_at. */
function date(record, field, at, createdBack = 3 * DAY) {
	if (field === 'created_at') {
		record.created_at = at;
		record.updated_at = at;
	} else {
		record.updated_at = at;
		record.created_at = Math.min(record.created_at, at - createdBack);
	}
}

const poller = (sandbox, parameters) => sandboxPollingTrigger(sandbox.url, parameters);

/**
 * The time the sandbox spends in its search handlers (in this thread): each handler wrapped, so a
 * poll's time can be told apart from the sandbox's filtering and rendering. `unwrap()` restores them.
 */
let searchMs = 0;
function timeSearches() {
	const wrapped = Object.values(KINDS).map(({ route }) => {
		const found = findRoute(...route.split(' '));
		const handler = found.route.handler;
		found.route.handler = (ctx) => {
			const started = process.hrtime.bigint();
			try {
				return handler(ctx);
			} finally {
				searchMs += Number(process.hrtime.bigint() - started) / 1e6;
			}
		};
		return () => (found.route.handler = handler);
	});
	return () => wrapped.forEach((unwrap) => unwrap());
}

/** One poll: what it output, its search requests, its time and the sandbox's search time in it. */
async function pollOnce(sandbox, p, route) {
	const before = sandbox.stats.byRoute[route] ?? 0;
	const searchBefore = searchMs;
	const started = process.hrtime.bigint();
	const { items } = await p.poll();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	return {
		items,
		requests: (sandbox.stats.byRoute[route] ?? 0) - before,
		ms,
		sandboxMs: searchMs - searchBefore,
	};
}

async function idlePolls(sandbox, p, route, count = IDLE) {
	const polls = [];
	let output = 0;
	for (let n = 0; n < count; n++) {
		const poll = await pollOnce(sandbox, p, route);
		output += poll.items.length;
		polls.push(poll);
	}
	const requests = polls.map((x) => x.requests);
	return {
		mean: mean(requests),
		max: Math.max(...requests),
		min: Math.min(...requests),
		ms: mean(polls.map((x) => x.ms)),
		sandboxMs: mean(polls.map((x) => x.sandboxMs)),
		output,
	};
}

/** Idle polls, a burst polled until it is out, idle polls again: one event, one Max Items. */
async function burstRun(sandbox, { event, kind, field }, maxItems) {
	const { route, table, make } = KINDS[kind];
	sandbox.reset();
	const t0 = nowS();
	const background = make(sandbox, BACKGROUND);
	background.forEach((id, k) =>
		date(table(sandbox.store).get(id), field, t0 - 60 - Math.floor((k * 2 * DAY) / BACKGROUND)),
	);
	const burst = make(sandbox, BURST);
	for (const id of burst) date(table(sandbox.store).get(id), field, t0 - 3 * DAY);

	const p = poller(sandbox, { event, options: { maxItems } });
	const activation = await pollOnce(sandbox, p, route);
	const activated = nowS();
	const idle = await idlePolls(sandbox, p, route);

	// The burst: dated over the 60 s after the activation, in an order unlike their creation.
	const inBurst = new Set(burst);
	burst.forEach((id, k) =>
		date(table(sandbox.store).get(id), field, activated + 1 + ((k * 7) % 60)),
	);
	const out = [];
	const sizes = [];
	let requests = 0;
	let polls = 0;
	const times = [];
	const sandboxTimes = [];
	for (;;) {
		const poll = await pollOnce(sandbox, p, route);
		if (!poll.items.length) break;
		polls++;
		requests += poll.requests;
		times.push(poll.ms);
		sandboxTimes.push(poll.sandboxMs);
		sizes.push(poll.items.length);
		for (const r of poll.items) out.push({ id: String(r.id), at: Number(r[field]) });
		if (polls >= MAX_POLLS) break;
	}
	const ids = new Set(out.map((r) => r.id));
	const missed = burst.filter((id) => !ids.has(id)).length;
	const duplicated = out.length - ids.size;
	const foreign = [...ids].filter((id) => !inBurst.has(id)).length;
	// Oldest first across all the polls: by the event's timestamp, then by id within a second.
	let outOfOrder = 0;
	for (let k = 1; k < out.length; k++) {
		const [a, b] = [out[k - 1], out[k]];
		if (a.at > b.at || (a.at === b.at && a.id > b.id)) outOfOrder++;
	}
	const after = await idlePolls(sandbox, p, route, AFTER);
	// The workspace stays quiet for longer than Look Back (10 minutes): the clock moves on 11 minutes
	// (Date.now, read by the trigger and the in-process sandbox alike).
	const realNow = Date.now;
	Date.now = () => realNow() + 11 * 60_000;
	let quiet;
	try {
		await pollOnce(sandbox, p, route);
		quiet = await idlePolls(sandbox, p, route, AFTER);
	} finally {
		Date.now = realNow;
	}
	return {
		event,
		maxItems,
		activation,
		idle,
		polls,
		sizes,
		requests,
		burstMs: mean(times),
		burstSandboxMs: mean(sandboxTimes),
		missed,
		duplicated,
		foreign,
		outOfOrder,
		after,
		quiet,
		violations: sandbox.violations.length,
	};
}

/**
 * The Look Back cost: `count` records dated over the `spreadMinutes` before now, output by a first
 * poll (Start From before them, Max Items 1000), then idle polls with Look Back `lookBack`.
 */
async function lookBackRun(sandbox, { event, kind, field }, count, lookBack, spreadMinutes = 10) {
	const { route, table, make } = KINDS[kind];
	sandbox.reset();
	const now = nowS();
	const ids = make(sandbox, count);
	ids.forEach((id, k) =>
		date(
			table(sandbox.store).get(id),
			field,
			now - Math.floor((k * spreadMinutes * 60) / Math.max(1, count)),
		),
	);
	const p = poller(sandbox, {
		event,
		options: {
			maxItems: 1000,
			lookBackMinutes: lookBack,
			startFrom: new Date((now - (spreadMinutes + 1) * 60) * 1000).toISOString(),
		},
	});
	const first = await pollOnce(sandbox, p, route);
	const idle = await idlePolls(sandbox, p, route);
	return { event, count, lookBack, first, idle };
}

export async function pollCost() {
	const sandbox = await startSandbox({ validate: false, keepRequests: 10 });
	const started = process.hrtime.bigint();
	const runs = [];
	const lookBacks = [];
	const unwrap = timeSearches();
	try {
		for (const spec of EVENTS)
			for (const maxItems of MAX_ITEMS) runs.push(await burstRun(sandbox, spec, maxItems));
		const [tickets, conversations] = [EVENTS[3], EVENTS[2]];
		lookBacks.push(await lookBackRun(sandbox, tickets, 0, 10));
		lookBacks.push(await lookBackRun(sandbox, tickets, 500, 10));
		lookBacks.push(await lookBackRun(sandbox, tickets, 1000, 10));
		lookBacks.push(await lookBackRun(sandbox, tickets, 500, 1));
		lookBacks.push(await lookBackRun(sandbox, conversations, 500, 10));
	} finally {
		unwrap();
		await sandbox.close();
	}
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;

	const ms = (poll) => `${fmt(poll.ms, 1)} (${fmt(poll.sandboxMs, 1)})`;
	const lines = [];
	for (const r of runs) {
		lines.push(
			`poll      ${r.event}, Max Items ${r.maxItems}: activation ${r.activation.requests} req; idle ${fmt(r.idle.mean, 2)} req mean, ${r.idle.max} max, ${ms(r.idle)} ms (${r.idle.output} output); ` +
				`burst of ${fmt(BURST)}: ${r.polls} polls (${r.sizes.join(', ')}), ${r.requests} req, ${ms({ ms: r.burstMs, sandboxMs: r.burstSandboxMs })} ms a poll, ` +
				`${r.missed} missed, ${r.duplicated} duplicated, ${r.foreign} not of the burst, ${r.outOfOrder} out of order; ` +
				`idle after ${fmt(r.after.mean, 2)} req mean, ${r.after.max} max, ${ms(r.after)} ms (${r.after.output} output); ` +
				`quiet for Look Back ${fmt(r.quiet.mean, 2)} req mean, ${r.quiet.max} max (${r.quiet.output} output)`,
		);
	}
	for (const l of lookBacks) {
		lines.push(
			`poll      look back ${l.event}, ${l.count} within 10 min, Look Back ${l.lookBack} min: first poll ${l.first.items.length} output, ${l.first.requests} req; ` +
				`idle ${fmt(l.idle.mean, 2)} req mean, ${l.idle.max} max, ${ms(l.idle)} ms (${l.idle.output} output)`,
		);
	}
	lines.push(
		`poll      times in ms a poll, in brackets the sandbox's search handlers' share; ${fmt(seconds, 1)} s in all`,
	);

	const table = [
		`| Event | Max Items | Idle poll: requests mean / max (${IDLE} polls) | A day at 1 poll/min | Burst of ${fmt(BURST)}: polls · requests · per 1,000 records | Missed · duplicated · oldest first | Idle poll right after the burst: requests | Idle poll once quiet for Look Back: requests (a day) | ms a poll (sandbox's share): idle · burst |`,
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		...runs.map(
			(r) =>
				`| \`${r.event}\` | ${r.maxItems} | ${fmt(r.idle.mean, 2)} / ${r.idle.max} | ${fmt(r.idle.mean * 1440)} | ` +
				`${r.polls} · ${r.requests} · ${fmt((r.requests * 1000) / BURST, 0)} | ` +
				`${r.missed} · ${r.duplicated} · ${r.outOfOrder === 0 ? 'yes' : `no (${r.outOfOrder} out of order)`}${r.foreign ? ` · ${r.foreign} not of the burst` : ''} | ` +
				`${r.after.min === r.after.max ? fmt(r.after.max) : `${fmt(r.after.mean, 2)} / ${r.after.max}`} | ` +
				`${r.quiet.min === r.quiet.max ? fmt(r.quiet.max) : `${fmt(r.quiet.mean, 2)} / ${r.quiet.max}`} (${fmt(r.quiet.mean * 1440)}) | ` +
				`${ms(r.idle)} · ${ms({ ms: r.burstMs, sandboxMs: r.burstSandboxMs })} |`,
		),
	];
	const lookBackTable = [
		"| Event | Records within the 10 min before the newest output | Look Back | Idle poll: requests mean / max | A day at 1 poll/min | ms a poll (sandbox's share) |",
		'| --- | --- | --- | --- | --- | --- |',
		...lookBacks.map(
			(l) =>
				`| \`${l.event}\` | ${fmt(l.count)} | ${l.lookBack} min | ${fmt(l.idle.mean, 2)} / ${l.idle.max} | ${fmt(l.idle.mean * 1440)} | ${ms(l.idle)} |`,
		),
	];

	const rows = runs.map((r, k) => [
		k === 0 ? '6 polling trigger, search requests' : '',
		`${r.event}, Max Items ${r.maxItems}`,
		`idle ${fmt(r.idle.mean, 2)}/poll · burst ${fmt(BURST)}: ${r.polls} polls, ${r.requests} req · ${r.missed} missed, ${r.duplicated} twice · after ${fmt(r.after.mean, 2)}/poll, quiet ${fmt(r.quiet.mean, 2)}/poll`,
	]);
	for (const l of lookBacks)
		rows.push([
			'',
			`${l.event}, ${fmt(l.count)} in window, Look Back ${l.lookBack} min`,
			`idle ${fmt(l.idle.mean, 2)}/poll`,
		]);
	return { lines, rows, table, lookBackTable, runs, lookBacks, seconds };
}

// Run alone: `node bench/poll-cost.mjs`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const os = await import('node:os');
	const { readFileSync } = await import('node:fs');
	const cpu =
		(readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ??
		os.cpus()[0]?.model ??
		'?';
	console.log(`machine   ${os.cpus().length} cores, ${cpu.trim()}, Node ${process.version}`);
	const { lines, table, lookBackTable } = await pollCost();
	for (const line of lines) console.log(line);
	console.log(`\n${table.join('\n')}\n\n${lookBackTable.join('\n')}`);
}
