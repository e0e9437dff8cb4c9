#!/usr/bin/env node
// `npm run dev`: run a real n8n on this machine with this repo's package loaded, next to the local
// Intercom sandbox (sandbox/), with an "Intercom Sandbox" credential and the example workflows
// of examples/ imported, so the nodes can be tried without an Intercom account.
//
//   npm run dev                      build + pack, start the sandbox on http://127.0.0.1:5690 (demo
//                                    data) and n8n on http://127.0.0.1:5678, stay in the foreground
//                                    (n8n's log is shown) until Ctrl-C / SIGTERM stops both
//   N8N_PORT=5700 npm run dev        another port (the task broker gets a free port of its own)
//   SANDBOX_PORT=5701 npm run dev    another sandbox port (the credential follows it)
//   node scripts/dev.mjs --check     the same from a fresh temporary user folder on free ports:
//                                    verify the Intercom node and credentials are loaded and the
//                                    sandbox credential and examples are imported, print the start
//                                    time, stop n8n and the sandbox, exit 0 (ok) or 1 (not) — for CI
//   --package-dir=<dir>              pack another checkout instead of this repo (testing the scripts)
//   --no-build                       pack without running `npm run build` first
//
// Log in to the editor as  owner@example.com / Intercom-Dev-1  (n8n re-creates this owner from the
// environment at every start; see DEFAULT_OWNER in scripts/lib/n8n.mjs).
//
// The first run installs Node 24 and n8n 2.41.0 into .runtime/ (~5 min, ~2.9 GB; reused afterwards).
// `npm run dev` keeps its n8n data (SQLite database: workflows, credentials, executions) in
// .runtime/dev-home/ between runs; only the package in .runtime/dev-home/.n8n/nodes/node_modules/
// is replaced each run. Delete .runtime/dev-home/ to start over. n8n's log: .runtime/dev-home/n8n.log.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import {
	DEFAULT_OWNER,
	freePort,
	killStaleN8n,
	loadedTypes,
	login,
	n8nEnv,
	packPackage,
	prepareUserFolder,
	runN8nCliSurvivingCrash,
	startN8n,
	waitForWebhook,
} from './lib/n8n.mjs';
import {
	N8N_VERSION,
	REPO_DIR,
	RUNTIME_DIR,
	ensureRuntime,
	formatDuration,
} from './lib/runtime.mjs';

const require = createRequire(import.meta.url);
const { requireTs } = require('./lib/ts-require.cjs');

const EXPECTED_NODES = [
	'n8n-nodes-intercom.intercom',
	'n8n-nodes-intercom.intercomTrigger',
	'n8n-nodes-intercom.intercomPollingTrigger',
];
const EXAMPLES_DIR = path.join(REPO_DIR, 'examples');
/** The credential `npm run dev` creates for the sandbox; the examples reference its id. */
const SANDBOX_CREDENTIAL = {
	id: 'IntercomSandbox1',
	name: 'Intercom Sandbox',
	type: 'intercomAccessTokenApi',
};
const DEFAULT_SANDBOX_PORT = 5690;
const EXPECTED_CREDENTIALS = ['intercomAccessTokenApi', 'intercomOAuth2Api'];

const argv = process.argv.slice(2);
const CHECK = argv.includes('--check');
const BUILD = !argv.includes('--no-build');
const packageDir = path.resolve(
	argv.find((a) => a.startsWith('--package-dir='))?.slice('--package-dir='.length) ?? REPO_DIR,
);
const unknown = argv.filter(
	(a) => !['--check', '--no-build'].includes(a) && !a.startsWith('--package-dir='),
);
if (unknown.length) {
	console.error(
		`unknown argument(s): ${unknown.join(' ')}\nusage: node scripts/dev.mjs [--check] [--no-build] [--package-dir=<dir>]`,
	);
	process.exit(2);
}

const say = (msg = '') => process.stdout.write(`${msg}\n`);
const step = (msg) => say(`\n==> ${msg}`);
const rel = (p) => {
	const r = path.relative(process.cwd(), p);
	return r.startsWith('..') ? p : r || '.';
};

let userFolder;
let n8n = null;
let sandbox = null;
let shuttingDown = false;

async function onSignal(sig) {
	if (shuttingDown) {
		say(`\n${sig} again: killing n8n now`);
		if (userFolder) await killStaleN8n(userFolder, { force: true }).catch(() => {});
		process.exit(130);
	}
	shuttingDown = true;
	say(`\n${sig}: stopping n8n…`);
	try {
		if (n8n) await n8n.stop();
		else if (userFolder) await killStaleN8n(userFolder, { force: true });
		say('n8n stopped.');
		if (sandbox) {
			await sandbox.close();
			say(
				`sandbox stopped (${sandbox.stats.requests} requests, ${sandbox.violations.length} OpenAPI violations).`,
			);
		}
		process.exit(CHECK ? 1 : 0);
	} catch (e) {
		console.error(`could not stop n8n cleanly: ${e.message}`);
		process.exit(1);
	}
}

/** Asks the running n8n which types it loaded; returns { ok, report: string[] }. */
async function verifyLoaded(instance, pkgName) {
	const report = [];
	let session;
	try {
		session = await login(instance.baseUrl, DEFAULT_OWNER);
	} catch (e) {
		return { ok: false, report: [`could not log in through the REST API: ${e.message}`] };
	}
	const { nodes, credentials } = await loadedTypes(session);
	const nodeNames = new Set(nodes.map((n) => n.name));
	const credNames = new Set(credentials.map((c) => c.name));
	const ours = [
		...new Set(nodes.filter((n) => n.name.startsWith(`${pkgName}.`)).map((n) => n.name)),
	];
	let ok = true;
	for (const name of EXPECTED_NODES) {
		const found = nodeNames.has(name);
		ok &&= found;
		const versions = nodes.filter((n) => n.name === name).flatMap((n) => [n.version].flat());
		report.push(
			`${found ? 'OK     ' : 'MISSING'} node        ${name}${found ? `  (version ${versions.join(', ')})` : ''}`,
		);
	}
	for (const name of ours.filter((n) => !EXPECTED_NODES.includes(n)))
		report.push(`OK      node        ${name}`);
	for (const name of EXPECTED_CREDENTIALS) {
		const found = credNames.has(name);
		ok &&= found;
		report.push(`${found ? 'OK     ' : 'MISSING'} credential  ${name}`);
	}
	// Problems n8n logged about our package (a missing dist file, a throwing constructor, …).
	const problems = fs
		.readFileSync(instance.logFile, 'utf8')
		.split('\n')
		.filter((l) => l.includes(pkgName) && /error|fail|warn|cannot|could not/i.test(l));
	for (const l of problems.slice(0, 10)) report.push(`n8n log: ${l.trim()}`);
	report.unshift(
		`${nodes.length} node types and ${credentials.length} credential types loaded in total`,
	);

	// The sandbox credential and the example workflows, as n8n lists them.
	const savedCredentials = (await session.json('/rest/credentials')).data ?? [];
	const hasCredential = savedCredentials.some(
		(c) => c.id === SANDBOX_CREDENTIAL.id && c.type === SANDBOX_CREDENTIAL.type,
	);
	ok &&= hasCredential;
	report.push(
		`${hasCredential ? 'OK     ' : 'MISSING'} credential  "${SANDBOX_CREDENTIAL.name}" (sandbox)`,
	);
	const savedWorkflows = new Set(
		((await session.json('/rest/workflows')).data ?? []).map((w) => w.id),
	);
	for (const example of exampleWorkflows()) {
		const found = savedWorkflows.has(example.id);
		ok &&= found;
		report.push(`${found ? 'OK     ' : 'MISSING'} example     "${example.name}"`);
	}
	// A published trigger example listens on its production URL (HEAD → 200) soon after the start.
	for (const example of exampleWorkflows()) {
		const trigger = example.nodes.find((n) => n.type === 'n8n-nodes-intercom.intercomTrigger');
		if (!trigger) continue;
		const url = `${instance.baseUrl}/webhook/${trigger.webhookId}/webhook`;
		const status = await waitForWebhook(url).catch(() => 404);
		ok &&= status === 200;
		report.push(
			`${status === 200 ? 'OK     ' : 'MISSING'} webhook     ${url}${status === 200 ? '' : ` (HEAD answered ${status})`}`,
		);
	}
	return { ok, report };
}

/** The example workflows of examples/ (id, name). */
function exampleWorkflows() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')));
}

/**
 * Imports the "Intercom Sandbox" credential (pointing at `sandboxUrl`) and the examples into the
 * user folder with n8n's CLI, unless the same were imported before (a marker file remembers).
 */
async function importSandboxSetup(env, sandboxUrl, { SANDBOX_TOKEN, SANDBOX_CLIENT_SECRET }) {
	const credential = {
		...SANDBOX_CREDENTIAL,
		data: {
			accessToken: SANDBOX_TOKEN,
			region: 'custom',
			baseUrl: sandboxUrl,
			apiVersion: '2.16',
			clientSecret: SANDBOX_CLIENT_SECRET,
		},
	};
	const examples = exampleWorkflows();
	const digest = createHash('sha256')
		.update(JSON.stringify({ credential, examples }))
		.digest('hex');
	const marker = path.join(userFolder, 'sandbox-import.sha256');
	if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === digest) return 'unchanged';
	const file = path.join(userFolder, 'sandbox-credential.json');
	fs.writeFileSync(file, JSON.stringify([credential]), { mode: 0o600 });
	for (const [args, what] of [
		[['import:credentials', `--input=${file}`], 'credential'],
		[['import:workflow', '--separate', `--input=${EXAMPLES_DIR}`], 'examples'],
	]) {
		const r = await runN8nCliSurvivingCrash(args, env, {
			log: (line) => console.log(`[dev] ${line}`),
		});
		if (r.code !== 0)
			throw new Error(
				`importing the sandbox ${what} failed (exit ${r.code}):\n${r.stdout.slice(-1500)}${r.stderr.slice(-1500)}`,
			);
	}
	// Trigger examples are published, so their production webhook URL listens from the start.
	const triggers = examples.filter((wf) =>
		wf.nodes.some((n) => n.type === 'n8n-nodes-intercom.intercomTrigger'),
	);
	for (const wf of triggers) {
		const r = await runN8nCliSurvivingCrash(['publish:workflow', `--id=${wf.id}`], env, {
			log: (line) => console.log(`[dev] ${line}`),
		});
		if (r.code !== 0)
			throw new Error(
				`publishing the example "${wf.name}" failed (exit ${r.code}):\n${r.stdout.slice(-1500)}${r.stderr.slice(-1500)}`,
			);
	}
	fs.rmSync(file, { force: true });
	fs.writeFileSync(marker, digest);
	return `imported (credential "${SANDBOX_CREDENTIAL.name}", ${examples.length} example workflows, ${triggers.length} published)`;
}

async function main() {
	const t0 = Date.now();
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	process.on('SIGHUP', onSignal);

	step(`n8n ${N8N_VERSION} runtime (${rel(RUNTIME_DIR)})`);
	const runtime = await ensureRuntime();

	step(`${BUILD ? 'build and ' : ''}pack ${packageDir === REPO_DIR ? 'the package' : packageDir}`);
	const tPack = Date.now();
	const tgz = await packPackage({ repoDir: packageDir, build: BUILD });
	const pkgName = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).name;
	say(`packed ${path.basename(tgz)} (${formatDuration(Date.now() - tPack)})`);

	userFolder = CHECK
		? fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-intercom-check-'))
		: path.join(RUNTIME_DIR, 'dev-home');
	fs.mkdirSync(userFolder, { recursive: true });
	// Before touching the nodes folder: refuse if another live session runs n8n on this folder, and
	// stop an n8n left behind by a crashed earlier run.
	await killStaleN8n(userFolder);
	const pkgDir = prepareUserFolder(userFolder, tgz, { packageName: pkgName });
	fs.rmSync(path.dirname(tgz), { recursive: true, force: true });
	say(`installed into ${rel(pkgDir)}`);

	const port = process.env.N8N_PORT
		? Number(process.env.N8N_PORT)
		: CHECK
			? await freePort()
			: 5678;
	if (!Number.isInteger(port) || port <= 0 || port > 65535)
		throw new Error(`bad N8N_PORT: ${process.env.N8N_PORT}`);
	const env = n8nEnv({ userFolder, port, brokerPort: await freePort() });

	const sandboxModule = requireTs('sandbox/index.ts');
	const sandboxPort = process.env.SANDBOX_PORT
		? Number(process.env.SANDBOX_PORT)
		: CHECK
			? 0
			: DEFAULT_SANDBOX_PORT;
	step(`start the Intercom sandbox${sandboxPort ? ` on http://127.0.0.1:${sandboxPort}` : ''}`);
	sandbox = await sandboxModule.startSandbox({ port: sandboxPort });
	sandbox.seed(sandboxModule.demoData());
	say(`sandbox on ${sandbox.url} (demo data; OpenAPI checks ${sandbox.validating ? 'on' : 'off'})`);
	say(
		`sandbox credential and examples: ${await importSandboxSetup(env, sandbox.url, sandboxModule)}`,
	);

	step(`start n8n on http://127.0.0.1:${port} (user folder ${rel(userFolder)})`);
	n8n = await startN8n(env, { echo: !CHECK });
	const startLine = `n8n started in ${formatDuration(n8n.startupMs)} (spawn → /healthz/readiness 200 and editor page served)`;
	say(CHECK ? startLine : `\n${startLine}`);

	step(
		'check that the package is loaded (REST API: /rest/login, /types/nodes.json, /types/credentials.json)',
	);
	const { ok, report } = await verifyLoaded(n8n, pkgName);
	for (const l of report) say(`  ${l}`);
	if (!ok) {
		say(
			`\nWARNING: the Intercom node or credentials are NOT loaded. Look at ${rel(n8n.logFile)} and`,
		);
		say(`         ${rel(pkgDir)} (was \`npm run build\` complete?).`);
	}

	if (CHECK) {
		await n8n.stop();
		await sandbox.close();
		say(
			`\nruntime ${formatDuration(runtime.durationMs)}, n8n start ${formatDuration(n8n.startupMs)}, total ${formatDuration(Date.now() - t0)}`,
		);
		if (ok) {
			fs.rmSync(userFolder, { recursive: true, force: true });
			say('CHECK PASSED: n8n loads the Intercom node and credentials');
			process.exit(0);
		}
		say(`CHECK FAILED (user folder kept for inspection: ${userFolder})`);
		process.exit(1);
	}

	say('');
	say('────────────────────────────────────────────────────────────');
	say(`  n8n ${N8N_VERSION} with ${pkgName}: http://127.0.0.1:${port}`);
	say(`  log in as  ${DEFAULT_OWNER.email}  /  ${DEFAULT_OWNER.password}`);
	say(`  started in ${formatDuration(n8n.startupMs)}; data kept in ${rel(userFolder)}`);
	say(`  Intercom node and credentials: ${ok ? 'loaded' : 'NOT LOADED (see above)'}`);
	say(`  Intercom sandbox: ${sandbox.url} (credential "${SANDBOX_CREDENTIAL.name}")`);
	say(
		`  examples: Overview → ${exampleWorkflows()
			.map((w) => `"${w.name}"`)
			.join(', ')}`,
	);
	say('  Ctrl-C stops n8n');
	say('────────────────────────────────────────────────────────────');

	const info = await n8n.exited;
	if (!shuttingDown) {
		console.error(`\nn8n exited on its own (${info.code ?? info.signal}); see ${rel(n8n.logFile)}`);
		await n8n.stop().catch(() => {});
		await sandbox.close().catch(() => {});
		process.exit(1);
	}
}

main().catch(async (e) => {
	console.error(`\nERROR: ${e.message}`);
	if (n8n) await n8n.stop().catch(() => {});
	if (sandbox) await sandbox.close().catch(() => {});
	process.exit(1);
});
