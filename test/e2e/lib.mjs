// End-to-end test kit: a real n8n (2.41.0 on Node 24, or with `runtime: 'oldest'` 1.123.81 on Node 22;
// installed once into .runtime/ by scripts/lib/runtime.mjs) with this repo's packed package in a fresh user folder, and the Intercom sandbox (sandbox/)
// on a loopback port in this process. Tests import credentials and workflows with fixed IDs, run
// them with `n8n execute --id`, and check the outputs and the sandbox's state.
//
//   const env = await setupE2E('contacts');       // runtime, pack, user folder, sandbox, credential
//   const old = await setupE2E('oldest', { runtime: 'oldest', readmeInstall: true });
//   await env.importWorkflows([workflow(...)]);
//   const run = await env.execute('wfContactCreate');
//   ...
//   await env.teardown();                          // stops everything it started, by PID

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';

import {
	freePort,
	isPortFree,
	killStaleN8n,
	login,
	n8nEnv,
	packPackage,
	prepareUserFolder,
	runN8nCliSurvivingCrash,
	setupOwner,
	startN8n,
} from '../../scripts/lib/n8n.mjs';
import { RUNTIME_DIR, ensureRuntime } from '../../scripts/lib/runtime.mjs';
import { installLikeReadme } from './readme-install.mjs';

export { waitForWebhook } from '../../scripts/lib/n8n.mjs';

const require = createRequire(import.meta.url);
const { requireTs } = require('../../scripts/lib/ts-require.cjs');
const sandboxModule = requireTs('sandbox/index.ts');

export const { SANDBOX_TOKEN, SANDBOX_CLIENT_SECRET } = sandboxModule;
/** The sandbox's OAuth app (sandbox/oauth.ts), for an Intercom OAuth2 API credential. */
export const { SANDBOX_OAUTH_CLIENT_ID, SANDBOX_OAUTH_CLIENT_SECRET } = sandboxModule;
export const NODE_TYPE = 'n8n-nodes-intercom.intercom';
export const TRIGGER_NODE_TYPE = 'n8n-nodes-intercom.intercomTrigger';
export const POLLING_TRIGGER_NODE_TYPE = 'n8n-nodes-intercom.intercomPollingTrigger';
export const CREDENTIAL = Object.freeze({
	id: 'e2eSandboxCred01',
	name: 'Intercom Sandbox (e2e)',
	type: 'intercomAccessTokenApi',
});
export const BAD_CREDENTIAL = Object.freeze({
	id: 'e2eBadTokenCred1',
	name: 'Intercom wrong token (e2e)',
	type: 'intercomAccessTokenApi',
});
/** The credential the workflows in examples/ use (`npm run dev` creates it). */
export const EXAMPLES_CREDENTIAL = Object.freeze({
	id: 'IntercomSandbox1',
	name: 'Intercom Sandbox',
	type: 'intercomAccessTokenApi',
});
export const EXAMPLES_DIR = path.resolve(
	path.dirname(new URL(import.meta.url).pathname),
	'..',
	'..',
	'examples',
);

/** E2E_N8N_ENV='{"N8N_…":"…"}' adds settings to the n8n under test (e.g. to compare configurations). */
function extraN8nEnv() {
	const raw = process.env.E2E_N8N_ENV;
	if (!raw) return {};
	const parsed = JSON.parse(raw);
	return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
}

const log = (msg) => process.stderr.write(`[e2e] ${msg}\n`);

/** An Intercom node for a workflow. `extra` may set `onError`, `alwaysOutputData`, … */
export function intercomNode(
	name,
	parameters,
	{ position = [0, 0], credential = CREDENTIAL, ...extra } = {},
) {
	return {
		id: `${name.replace(/\W/g, '').toLowerCase()}-node`,
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		position,
		parameters,
		credentials: { [credential.type]: { id: credential.id, name: credential.name } },
		...extra,
	};
}

/** An Intercom Trigger node (Access Token credential) listening on `webhookId` for `topics`. */
export function intercomTriggerNode(
	name,
	webhookId,
	topics,
	{ id = `${name.replace(/\W/g, '').toLowerCase()}-node`, credential = CREDENTIAL } = {},
) {
	return {
		id,
		name,
		type: TRIGGER_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		webhookId,
		parameters: { authentication: 'accessToken', topics },
		credentials: { [credential.type]: { id: credential.id, name: credential.name } },
	};
}

/**
 * An Intercom Polling Trigger node (Access Token credential). `parameters` as n8n saves them: `event`,
 * `pollTimes` (the Poll Times n8n adds to polling nodes, e.g. `{ item: [{ mode: 'everyMinute' }] }`),
 * `options`.
 */
export function intercomPollingTriggerNode(
	name,
	parameters,
	{
		id = `${name.replace(/\W/g, '').toLowerCase()}-node`,
		credential = CREDENTIAL,
		position = [0, 0],
	} = {},
) {
	return {
		id,
		name,
		type: POLLING_TRIGGER_NODE_TYPE,
		typeVersion: 1,
		position,
		parameters: { authentication: 'accessToken', ...parameters },
		credentials: { [credential.type]: { id: credential.id, name: credential.name } },
	};
}

/** A resource locator value as n8n saves it. */
export const byId = (value) => ({ __rl: true, mode: 'id', value });

/** A workflow: a Manual Trigger followed by `nodes` in a chain. `id` must be 16 characters. */
export function workflow(id, name, nodes) {
	if (id.length !== 16) throw new Error(`workflow id ${id} must have 16 characters`);
	const trigger = {
		id: 'trigger-node',
		name: 'Start',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [-200, 0],
		parameters: {},
	};
	const all = [trigger, ...nodes.map((n, i) => ({ ...n, position: [i * 220, 0] }))];
	const connections = {};
	for (let i = 0; i < all.length - 1; i++) {
		connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
	}
	return {
		id,
		name,
		nodes: all,
		connections,
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** The output items (json) of node `name` in a `n8n execute --rawOutput` result. */
export function outputOf(result, name) {
	const runs = result?.data?.resultData?.runData?.[name];
	if (!runs) return undefined;
	return runs.flatMap((run) => (run.data?.main?.[0] ?? []).map((item) => item.json));
}

/** The error n8n reports for a failed run (message and description), or undefined. */
export function errorOf(result) {
	return result?.data?.resultData?.error;
}

/**
 * Sets up one end-to-end environment: installs the runtime if needed, builds and packs the package,
 * prepares a fresh user folder, starts the sandbox and imports the sandbox credentials.
 * Options: `runtime` ('current' or 'oldest'), `readmeInstall` (install the package into the nodes
 * folder with the README's npm lines instead of unpacking it there).
 */
export async function setupE2E(
	label,
	{ runtime: runtimeName = 'current', readmeInstall = false } = {},
) {
	const t0 = Date.now();
	const runtime = await ensureRuntime({ runtime: runtimeName });
	const n8nMajor = runtime.runtime.n8nMajor;
	// A run that was killed (Ctrl-C, a crash) left its n8n server running and its user folder behind:
	// stop that n8n (by the PID file in the folder) and remove the folder before starting again.
	const lastRun = path.join(RUNTIME_DIR, `e2e-last-${label}.json`);
	try {
		const { userFolder: previous } = JSON.parse(fs.readFileSync(lastRun, 'utf8'));
		if (previous && fs.existsSync(previous)) {
			await killStaleN8n(previous, { force: true });
			fs.rmSync(previous, { recursive: true, force: true });
		}
	} catch {
		/* no earlier run */
	}
	if (runtime.durationMs > 1000)
		log(`runtime installed in ${Math.round(runtime.durationMs / 1000)} s`);
	const tgz = await packPackage({ build: true, quiet: true, requireComplete: true });
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), `n8n-intercom-e2e-${label}-`));
	fs.writeFileSync(lastRun, JSON.stringify({ userFolder, pid: process.pid }));
	if (readmeInstall) {
		// HOME is the user folder, so the README's ~/.n8n/nodes is the folder n8n loads packages from.
		const install = await installLikeReadme({
			home: userFolder,
			tgz,
			nodeBinDir: runtime.nodeBinDir,
		});
		if (install.code !== 0)
			throw new Error(
				`the README's install failed (${install.code}):\n${install.script}\n${install.output}`,
			);
	} else {
		prepareUserFolder(userFolder, tgz);
	}
	fs.rmSync(path.dirname(tgz), { recursive: true, force: true });

	const sandbox = await sandboxModule.startSandbox();
	const port = await freePort();
	const env = n8nEnv({
		userFolder,
		port,
		brokerPort: await freePort(),
		runtime: runtimeName,
		extra: { GENERIC_TIMEZONE: 'UTC', ...extraN8nEnv() },
	});
	let server = null;
	let apiKey = null;

	const write = (name, data) => {
		const file = path.join(userFolder, name);
		fs.writeFileSync(file, JSON.stringify(data, null, '\t'));
		return file;
	};
	const cli = async (args, what) => {
		const r = await runN8nCliSurvivingCrash(args, env, { log: (line) => log(`${label}: ${line}`) });
		if (r.code !== 0)
			throw new Error(
				`n8n ${what} failed (exit ${r.code}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`,
			);
		return r;
	};

	const credentialData = (token) => ({
		accessToken: token,
		region: 'custom',
		baseUrl: sandbox.url,
		apiVersion: '2.16',
		clientSecret: SANDBOX_CLIENT_SECRET,
	});
	await cli(
		[
			'import:credentials',
			`--input=${write('credentials.json', [
				{ ...CREDENTIAL, data: credentialData(SANDBOX_TOKEN) },
				{ ...BAD_CREDENTIAL, data: credentialData('not-a-valid-token') },
				{ ...EXAMPLES_CREDENTIAL, data: credentialData(SANDBOX_TOKEN) },
			])}`,
		],
		'import:credentials',
	);
	log(
		`${label}: ready in ${Math.round((Date.now() - t0) / 1000)} s (sandbox ${sandbox.url}, user folder ${userFolder})`,
	);

	return {
		runtime,
		sandbox,
		userFolder,
		env,
		port,
		credentialData,
		/** Imports workflow objects (fixed ids) in one CLI run; `dirs` are folders of workflow files to add. */
		async importWorkflows(workflows, dirs = []) {
			const dir = path.join(userFolder, 'workflows');
			fs.rmSync(dir, { recursive: true, force: true });
			fs.mkdirSync(dir);
			for (const wf of workflows)
				fs.writeFileSync(path.join(dir, `${wf.id}.json`), JSON.stringify(wf));
			for (const extra of dirs)
				for (const f of fs.readdirSync(extra).filter((n) => n.endsWith('.json')))
					fs.copyFileSync(path.join(extra, f), path.join(dir, f));
			await cli(['import:workflow', '--separate', `--input=${dir}`], 'import:workflow');
		},
		/**
		 * `n8n execute --id=<id> --rawOutput`: { code, result, stdout, stderr, durationMs }. A SIGSEGV of
		 * the CLI process is survived as `runN8nCliSurvivingCrash` says.
		 */
		async execute(id) {
			const r = await runN8nCliSurvivingCrash(['execute', `--id=${id}`, '--rawOutput'], env, {
				log: (line) => log(`${label}: ${line}`),
			});
			if (r.code !== 0 && r.code !== 1)
				throw new Error(
					`n8n execute ${id} crashed (exit ${r.code ?? r.signal}):\n${r.stderr.slice(-3000)}`,
				);
			return r;
		},
		/** The workflow is active from the next `server()` start (1.x: `update:workflow --active=true`). */
		async publish(id) {
			if (n8nMajor === 1)
				await cli(['update:workflow', `--id=${id}`, '--active=true'], 'update:workflow');
			else await cli(['publish:workflow', `--id=${id}`], 'publish:workflow');
		},
		/** An API key of the owner for n8n's public API (`X-N8N-API-KEY`), created once through the REST API. */
		async apiKey(scopes = ['execution:list', 'execution:read']) {
			if (!apiKey) {
				const { session } = await this.server();
				const created = await session.json('/rest/api-keys', {
					method: 'POST',
					body: JSON.stringify({ label: 'e2e', scopes, expiresAt: null }),
				});
				apiKey = created.data.rawApiKey;
			}
			return apiKey;
		},
		/** Every execution of a workflow through the public API, with its data (`includeData=true`). */
		async executions(workflowId) {
			const key = await this.apiKey();
			const all = [];
			let cursor;
			do {
				const qs = new URLSearchParams({
					workflowId,
					includeData: 'true',
					limit: '250',
					...(cursor ? { cursor } : {}),
				});
				const res = await fetch(`http://127.0.0.1:${port}/api/v1/executions?${qs}`, {
					headers: { 'X-N8N-API-KEY': key, accept: 'application/json' },
					signal: AbortSignal.timeout(30_000),
				});
				const text = await res.text();
				if (!res.ok)
					throw new Error(`GET /api/v1/executions answered ${res.status}: ${text.slice(0, 300)}`);
				const page = JSON.parse(text);
				all.push(...page.data);
				cursor = page.nextCursor;
			} while (cursor);
			return all;
		},
		/** Starts `n8n start` (once) and logs in as the owner. */
		async server() {
			if (!server) {
				const instance = await startN8n(env);
				if (n8nMajor === 1) await setupOwner(instance.baseUrl);
				const session = await login(instance.baseUrl);
				server = { instance, session };
			}
			return server;
		},
		/**
		 * Stops the `n8n start` of `server()` (a graceful stop, by PID). The user folder and its
		 * database stay: the next `server()` starts the same instance again, with a new login.
		 */
		async stopServer() {
			if (!server) return null;
			const { instance } = server;
			server = null;
			return await instance.stop();
		},
		async teardown() {
			const problems = [];
			if (server) await server.instance.stop().catch((e) => problems.push(e.message));
			await sandbox.close();
			for (const p of [port, Number(env.N8N_RUNNERS_BROKER_PORT), sandbox.port]) {
				if (!(await isPortFree(p))) problems.push(`port ${p} is still in use`);
			}
			if (problems.length === 0) {
				fs.rmSync(userFolder, { recursive: true, force: true });
				fs.rmSync(lastRun, { force: true });
			} else
				log(
					`${label}: teardown problems (user folder kept: ${userFolder}): ${problems.join('; ')}`,
				);
			return problems;
		},
	};
}

/**
 * For a test file's suite: sets up the environment and imports `workflows` (and the workflow files
 * of `dirs`) before its tests; afterwards stops everything and asserts that every port is free and
 * that no request broke the OpenAPI description. Returns a getter for the environment.
 */
export function useE2E(label, workflows, dirs = [], options = {}) {
	let e2e;
	before(async () => {
		e2e = await setupE2E(label, options);
		await e2e.importWorkflows(workflows, dirs);
	});
	after(async () => {
		if (!e2e) return;
		const violations = [...e2e.sandbox.violations];
		const problems = await e2e.teardown();
		assert.deepEqual(problems, [], 'every process stopped and every port freed');
		assert.deepEqual(violations, [], 'no request broke the OpenAPI description');
	});
	return () => e2e;
}
