// Helpers to run a real n8n (installed by ./runtime.mjs) with this repo's package loaded.
// Used by scripts/dev.mjs and by the end-to-end tests. Plain Node ESM, Node built-ins only.
//
// Typical use:
//   await ensureRuntime();
//   const tgz = await packPackage();
//   prepareUserFolder(dir, tgz);
//   const env = n8nEnv({ userFolder: dir, port: await freePort() });
//   await runN8nCli(['import:credentials', '--input=creds.json'], env);
//   const n8n = await startN8n(env);
//   const session = await login(n8n.baseUrl);
//   ...
//   await n8n.stop();
//
// Everything listens on 127.0.0.1 only. See ../../../shared/N8N-RUNTIME.md for the facts behind the
// environment below.

import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import {
	DEFAULT_RUNTIME_ROOT,
	REPO_DIR,
	formatDuration,
	requireFromN8n,
	runtimeBaseEnv,
	runtimePaths,
} from './runtime.mjs';

export const HOST = '127.0.0.1';

/** Fixed test encryption key: credentials imported in one run can be decrypted in the next. */
export const TEST_ENCRYPTION_KEY = 'n8n-nodes-intercom-local-test-key-not-secret';

/**
 * The instance owner n8n creates (and re-applies) at every start from the environment.
 * Log in to the editor with these.
 */
export const DEFAULT_OWNER = Object.freeze({
	email: 'owner@example.com',
	password: 'Intercom-Dev-1',
	firstName: 'Dev',
	lastName: 'Owner',
});

/** Set by n8nEnv: the runtime (a key of RUNTIMES) that runN8nCli and startN8n run the environment on. */
export const RUNTIME_ENV = 'INTERCOM_N8N_RUNTIME';

/** The runtime paths an environment from n8nEnv runs on. */
export function runtimeOfEnv(env) {
	return runtimePaths(DEFAULT_RUNTIME_ROOT, env[RUNTIME_ENV] ?? 'current');
}

const PID_FILE = 'n8n.pid';
const LOG_FILE = 'n8n.log';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/** The caller's environment without the npm_* variables `npm run` exports (for build/pack). */
function cleanEnv() {
	const env = {};
	for (const [k, v] of Object.entries(process.env)) {
		if (k.toLowerCase().startsWith('npm_') || k === 'INIT_CWD') continue;
		env[k] = v;
	}
	return env;
}

function run(cmd, args, { cwd, env, quiet }) {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			cwd,
			env,
			stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'pipe', 'inherit'],
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => {
			out += d;
			if (!quiet) process.stdout.write(d);
		});
		child.stderr?.on('data', (d) => (err += d));
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			if (code === 0) resolve({ stdout: out, stderr: err });
			else {
				const e = new Error(
					`\`${cmd} ${args.join(' ')}\` failed (${code ?? signal})${quiet ? `\n${out}${err}` : ''}`,
				);
				e.stdout = out;
				e.stderr = err;
				reject(e);
			}
		});
	});
}

/**
 * `npm run build` (unless `build: false`), then `npm pack` of the repo into `destDir` (default: a new
 * temp dir). Returns the .tgz path. Warns (or throws with `requireComplete`) when a node or
 * credential file listed in package.json "n8n" is missing from the tarball.
 */
export async function packPackage({
	repoDir = REPO_DIR,
	destDir,
	build = true,
	quiet = false,
	requireComplete = false,
} = {}) {
	const env = cleanEnv();
	if (build) await run('npm', ['run', 'build'], { cwd: repoDir, env, quiet });
	const dest = destDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-intercom-pack-'));
	fs.mkdirSync(dest, { recursive: true });
	const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dest], {
		cwd: repoDir,
		env,
		quiet: true,
	});
	const info = JSON.parse(stdout.slice(stdout.indexOf('[')))[0];
	const tgz = path.join(dest, info.filename);
	if (!fs.existsSync(tgz))
		throw new Error(`npm pack reported ${info.filename} but ${tgz} does not exist`);

	const pkg = readJson(path.join(repoDir, 'package.json')) ?? {};
	const packed = new Set((info.files ?? []).map((f) => f.path));
	const expected = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])];
	const missing = expected.filter((f) => !packed.has(f));
	if (missing.length) {
		const msg = `the packed package lacks files listed in package.json "n8n" (n8n will refuse to load it): ${missing.join(', ')}`;
		if (requireComplete) throw new Error(msg);
		process.stderr.write(`WARNING: ${msg}\n`);
	}
	return tgz;
}

/**
 * Unpacks `tgz` into `<dir>/.n8n/nodes/node_modules/<package name>` (replacing a previous copy),
 * where n8n's community-packages loader finds it at start. Everything else in `dir` (database,
 * workflows, credentials) is left alone. Returns the package folder.
 */
export function prepareUserFolder(dir, tgz, { packageName } = {}) {
	const name =
		packageName ?? readJson(path.join(REPO_DIR, 'package.json'))?.name ?? 'n8n-nodes-intercom';
	const nodesDir = path.join(dir, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', name);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	const r = spawnSync('tar', ['-xzf', tgz, '-C', target, '--strip-components=1'], {
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`tar -xzf ${tgz} failed: ${r.stderr || r.error?.message}`);
	const unpacked = readJson(path.join(target, 'package.json'));
	if (unpacked?.name !== name) {
		throw new Error(
			`${tgz} holds package ${JSON.stringify(unpacked?.name)}, expected ${JSON.stringify(name)}`,
		);
	}
	return target;
}

const hashCache = new Map();
/** A bcrypt hash made with the bcryptjs n8n ships (as N8N_INSTANCE_OWNER_PASSWORD_HASH wants). */
export function bcryptHash(password, paths) {
	if (!hashCache.has(password))
		hashCache.set(password, requireFromN8n('bcryptjs', paths).hashSync(password, 10));
	return hashCache.get(password);
}

const FOREIGN_ENV =
	/^(N8N_|DB_|EXECUTIONS_|QUEUE_|WEBHOOK_URL$|GENERIC_TIMEZONE$|CREDENTIALS_|EXTERNAL_|VUE_APP_)/;

/**
 * The full environment for a headless, offline, loopback n8n using `userFolder`.
 * `port` (default 5678) serves the editor, REST API and webhooks; `brokerPort` (default port + 1)
 * is the task broker of `n8n start`. `runN8nCli` gives each CLI run its own free broker port.
 * `extra` is merged last (e.g. `{ N8N_LOG_LEVEL: 'debug' }`).
 */
export function n8nEnv({
	userFolder,
	port = 5678,
	brokerPort,
	owner = DEFAULT_OWNER,
	runtime = 'current',
	extra = {},
} = {}) {
	if (!userFolder) throw new Error('n8nEnv: userFolder is required');
	const paths = runtimePaths(DEFAULT_RUNTIME_ROOT, runtime);
	const env = runtimeBaseEnv(paths);
	for (const k of Object.keys(env)) if (FOREIGN_ENV.test(k)) delete env[k];
	Object.assign(env, {
		N8N_USER_FOLDER: path.resolve(userFolder),
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: HOST,
		N8N_HOST: HOST,
		N8N_PROTOCOL: 'http',
		// N8N_WEBHOOK_URL: the non-deprecated name of WEBHOOK_URL in n8n 2.x (same effect, no warning).
		N8N_WEBHOOK_URL: `http://${HOST}:${port}/`,
		N8N_EDITOR_BASE_URL: `http://${HOST}:${port}/`,
		N8N_RUNNERS_BROKER_PORT: String(brokerPort ?? port + 1),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: HOST,
		DB_TYPE: 'sqlite',
		N8N_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_DISABLED_MODULES: 'mcp-registry,agents,instance-ai,workflow-builder,chat-hub',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '15',
		N8N_LOG_LEVEL: 'info',
		NO_COLOR: '1',
		...(paths.runtime.n8nMajor >= 2
			? {
					N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
					N8N_INSTANCE_OWNER_EMAIL: owner.email,
					N8N_INSTANCE_OWNER_FIRST_NAME: owner.firstName ?? 'Dev',
					N8N_INSTANCE_OWNER_LAST_NAME: owner.lastName ?? 'Owner',
					N8N_INSTANCE_OWNER_PASSWORD_HASH: owner.passwordHash ?? bcryptHash(owner.password, paths),
				}
			: {}),
		[RUNTIME_ENV]: paths.runtime.name,
	});
	if (paths.runtime.n8nMajor === 1) {
		// n8n 1.x: WEBHOOK_URL is the only name; its modules have other names; the owner is created
		// through the REST API (setupOwner), not from the environment.
		env.WEBHOOK_URL = env.N8N_WEBHOOK_URL;
		for (const k of Object.keys(env)) {
			if (
				k === 'N8N_WEBHOOK_URL' ||
				k === 'N8N_DISABLED_MODULES' ||
				k.startsWith('N8N_INSTANCE_OWNER_')
			)
				delete env[k];
		}
	}
	Object.assign(env, extra);
	return env;
}

/** A port the OS considers free on 127.0.0.1 right now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, HOST, () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** True when nothing listens on 127.0.0.1:port (we could bind it). */
export function isPortFree(port) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.unref();
		srv.once('error', () => resolve(false));
		srv.listen(port, HOST, () => srv.close(() => resolve(true)));
	});
}

async function waitPortFree(port, timeoutMs) {
	const end = Date.now() + timeoutMs;
	while (!(await isPortFree(port))) {
		if (Date.now() > end) return false;
		await sleep(100);
	}
	return true;
}

/** The JSON object printed by `n8n execute --rawOutput`: from the first line starting with `{`. */
export function parseExecuteOutput(stdout) {
	const lines = stdout.split('\n');
	const start = lines.findIndex((l) => l.startsWith('{'));
	if (start < 0) return null;
	// Log lines may follow the JSON: drop trailing lines until it parses.
	for (let end = lines.length; end > start; end--) {
		try {
			return JSON.parse(lines.slice(start, end).join('\n'));
		} catch {
			/* try a shorter slice */
		}
	}
	return null;
}

/**
 * Runs `n8n <args>` (e.g. `import:credentials --input=…`, `import:workflow --input=…`,
 * `publish:workflow --id=…`, `execute --id=… --rawOutput`) with `env`, on the runtime it names.
 * Each run gets its own free task-broker port, so it can run beside `n8n start`
 * (`keepBrokerPort: true` disables that). Resolves (never rejects on a non-zero exit) with
 * `{ code, signal, stdout, stderr, result, durationMs }`; `result` is the parsed JSON of `execute`
 * (or null). Killed with its process group after `timeoutMs`.
 */
export async function runN8nCli(args, env, { timeoutMs = 180_000, keepBrokerPort = false } = {}) {
	const runEnv = { ...env };
	if (!keepBrokerPort) runEnv.N8N_RUNNERS_BROKER_PORT = String(await freePort());
	const started = Date.now();
	const { nodeBin, n8nBin } = runtimeOfEnv(env);
	return await new Promise((resolve, reject) => {
		const child = spawn(nodeBin, [n8nBin, ...args], {
			cwd: env.N8N_USER_FOLDER ?? os.tmpdir(),
			env: runEnv,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child.pid, 'SIGKILL');
		}, timeoutMs);
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			// Reap helpers it may have left in its group (task runner).
			killGroup(child.pid, 'SIGKILL');
			if (timedOut) stderr += `\n[runN8nCli] killed after ${timeoutMs} ms`;
			resolve({
				code,
				signal,
				stdout,
				stderr,
				result: parseExecuteOutput(stdout),
				durationMs: Date.now() - started,
			});
		});
	});
}

/**
 * `runN8nCli`, surviving one known crash: n8n's CLI process has been seen to die of SIGSEGV on a
 * loaded machine (2.41 on Node 24, 1.123 on Node 22), either at exit after printing its whole result
 * or before printing anything. With a whole `execute` result printed, the run is taken as it is (exit
 * code 1 when the result holds a workflow error, else 0, as n8n would have exited); without one the
 * command runs once more (imports and publishing write the same rows again). `log` gets a line
 * for each such crash.
 */
export async function runN8nCliSurvivingCrash(args, env, { log = () => {}, ...options } = {}) {
	const r = await runN8nCli(args, env, options);
	if (r.signal !== 'SIGSEGV') return r;
	if (r.result) {
		log(`n8n ${args[0]} died of SIGSEGV after printing its result: the result is used`);
		return { ...r, code: r.result?.data?.resultData?.error ? 1 : 0, crashed: r.signal };
	}
	log(`n8n ${args[0]} died of SIGSEGV before printing a result: running it once more`);
	return await runN8nCli(args, env, options);
}

function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
		return true;
	} catch {
		return false;
	}
}

function groupAlive(pid) {
	try {
		process.kill(-pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

function isN8nProcess(pid) {
	try {
		return fs
			.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
			.split('\0')
			.some((a) => a.endsWith(path.join('n8n', 'bin', 'n8n')));
	} catch {
		return false;
	}
}

async function waitGone(test, timeoutMs) {
	const end = Date.now() + timeoutMs;
	while (test()) {
		if (Date.now() > end) return false;
		await sleep(100);
	}
	return true;
}

/**
 * Kills the n8n recorded in `<userFolder>/n8n.pid` by an earlier run that did not stop it (a crash,
 * a killed test). Refuses when the run that started it is still alive (another `npm run dev`),
 * unless `force`.
 */
export async function killStaleN8n(userFolder, { force = false } = {}) {
	const pidFile = path.join(userFolder, PID_FILE);
	const rec = readJson(pidFile);
	if (!rec?.pid) return false;
	if (!pidAlive(rec.pid) || !isN8nProcess(rec.pid)) {
		fs.rmSync(pidFile, { force: true });
		return false;
	}
	if (
		!force &&
		rec.controllerPid &&
		rec.controllerPid !== process.pid &&
		pidAlive(rec.controllerPid)
	) {
		throw new Error(
			`n8n (pid ${rec.pid}, port ${rec.port}) is already running for ${userFolder}, started by the live process ${rec.controllerPid}; stop that first`,
		);
	}
	process.stderr.write(
		`stopping a leftover n8n (pid ${rec.pid}, port ${rec.port}) from an earlier run\n`,
	);
	killGroup(rec.pid, 'SIGTERM');
	if (!(await waitGone(() => groupAlive(rec.pid), 15_000))) {
		killGroup(rec.pid, 'SIGKILL');
		await waitGone(() => groupAlive(rec.pid), 5_000);
	}
	fs.rmSync(pidFile, { force: true });
	return true;
}

function logTail(file, lines = 40) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

/** Follows a growing file, handing new complete text to `onText`. Returns a stop function. */
function followFile(file, onText) {
	let pos = 0;
	const tick = () => {
		try {
			const size = fs.statSync(file).size;
			if (size < pos) pos = 0;
			if (size > pos) {
				const fd = fs.openSync(file, 'r');
				const buf = Buffer.alloc(size - pos);
				fs.readSync(fd, buf, 0, buf.length, pos);
				fs.closeSync(fd);
				pos = size;
				onText(buf.toString('utf8'));
			}
		} catch {
			/* not there yet */
		}
	};
	const timer = setInterval(tick, 200);
	return () => {
		clearInterval(timer);
		tick();
	};
}

async function httpStatus(url, timeoutMs = 2000, method = 'GET') {
	try {
		const res = await fetch(url, {
			method,
			signal: AbortSignal.timeout(timeoutMs),
			redirect: 'manual',
		});
		await res.arrayBuffer();
		return res.status;
	} catch {
		return 0;
	}
}

/**
 * Spawns `n8n start` with `env` (from n8nEnv, on the runtime it names) in its own process group, logging to
 * `<userFolder>/n8n.log`, and resolves once `/healthz/readiness` answers 200 and the editor page
 * loads. Writes `<userFolder>/n8n.pid`; a leftover n8n from a crashed earlier run is killed first.
 * Options: `echo` (copy n8n's log to stdout), `timeoutMs` (default 180 s).
 * Returns `{ pid, baseUrl, port, startupMs, logFile, userFolder, exited, stop() }`.
 */
export async function startN8n(env, { echo = false, timeoutMs = 180_000 } = {}) {
	const userFolder = env.N8N_USER_FOLDER;
	const port = Number(env.N8N_PORT);
	const brokerPort = Number(env.N8N_RUNNERS_BROKER_PORT);
	if (!userFolder || !port)
		throw new Error('startN8n: env needs N8N_USER_FOLDER and N8N_PORT (use n8nEnv)');
	fs.mkdirSync(userFolder, { recursive: true });
	await killStaleN8n(userFolder);
	for (const p of [port, brokerPort].filter(Boolean)) {
		if (!(await waitPortFree(p, 3000))) {
			throw new Error(
				`port ${HOST}:${p} is in use by another process; choose another (e.g. N8N_PORT=…)`,
			);
		}
	}

	const logFile = path.join(userFolder, LOG_FILE);
	const fd = fs.openSync(logFile, 'w');
	const started = Date.now();
	const { nodeBin, n8nBin } = runtimeOfEnv(env);
	const child = spawn(nodeBin, [n8nBin, 'start'], {
		cwd: userFolder,
		env,
		detached: true,
		stdio: ['ignore', fd, fd],
	});
	fs.closeSync(fd);
	const pid = child.pid;
	const pidFile = path.join(userFolder, PID_FILE);
	fs.writeFileSync(
		pidFile,
		`${JSON.stringify({ pid, controllerPid: process.pid, port, brokerPort, startedAt: new Date().toISOString() })}\n`,
	);
	const stopFollow = echo ? followFile(logFile, (t) => process.stdout.write(t)) : () => {};

	let exitInfo = null;
	const exited = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exitInfo = { code, signal };
			resolve(exitInfo);
		});
		child.on('error', (e) => {
			exitInfo = { code: null, signal: null, error: e };
			resolve(exitInfo);
		});
	});

	let stopping = null;
	const stop = ({ timeoutMs: stopTimeout = 20_000 } = {}) => {
		stopping ??= (async () => {
			if (!exitInfo) killGroup(pid, 'SIGTERM');
			const ok = await Promise.race([
				exited.then(() => true),
				sleep(stopTimeout).then(() => false),
			]);
			if (!ok) {
				process.stderr.write(
					`n8n (pid ${pid}) did not stop within ${stopTimeout} ms; killing it\n`,
				);
				killGroup(pid, 'SIGKILL');
				await exited;
			}
			// The task runner shares the group: make sure it is gone too.
			if (!(await waitGone(() => groupAlive(pid), 5000))) {
				killGroup(pid, 'SIGKILL');
				await waitGone(() => groupAlive(pid), 5000);
			}
			stopFollow();
			const free = await waitPortFree(port, 10_000);
			if (brokerPort) await waitPortFree(brokerPort, 5000);
			if (readJson(pidFile)?.pid === pid) fs.rmSync(pidFile, { force: true });
			if (!free) throw new Error(`n8n stopped but ${HOST}:${port} is still in use`);
			return exitInfo;
		})();
		return stopping;
	};

	const baseUrl = `http://${HOST}:${port}`;
	const deadline = started + timeoutMs;
	try {
		for (;;) {
			if (exitInfo) {
				throw new Error(
					`n8n exited during start-up (${exitInfo.error?.message ?? `exit ${exitInfo.code ?? exitInfo.signal}`}); last lines of ${logFile}:\n${logTail(logFile)}`,
				);
			}
			if (Date.now() > deadline) {
				throw new Error(
					`n8n did not become ready within ${formatDuration(timeoutMs)}; last lines of ${logFile}:\n${logTail(logFile)}`,
				);
			}
			if (
				(await httpStatus(`${baseUrl}/healthz/readiness`)) === 200 &&
				(await httpStatus(`${baseUrl}/`)) === 200
			)
				break;
			await sleep(100);
		}
	} catch (e) {
		await stop().catch(() => {});
		throw e;
	}
	return { pid, baseUrl, port, startupMs: Date.now() - started, logFile, userFolder, exited, stop };
}

/**
 * Logs in through the REST API (`POST /rest/login`) and returns a session whose `request(path, init)`
 * sends the auth cookie and browser id; `json(path, init)` also parses the body.
 */
export async function login(baseUrl, { email, password } = DEFAULT_OWNER) {
	const browserId = randomUUID();
	const res = await fetch(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': browserId },
		// n8n 2.x reads emailOrLdapLoginId, 1.x email.
		body: JSON.stringify({ emailOrLdapLoginId: email, email, password }),
		signal: AbortSignal.timeout(15_000),
	});
	const body = await res.text();
	if (res.status !== 200)
		throw new Error(`POST /rest/login answered ${res.status}: ${body.slice(0, 300)}`);
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	const request = (p, init = {}) =>
		fetch(`${baseUrl}${p}`, {
			...init,
			headers: {
				cookie,
				'browser-id': browserId,
				...(init.body ? { 'content-type': 'application/json' } : {}),
				...init.headers,
			},
			signal: init.signal ?? AbortSignal.timeout(30_000),
		});
	const json = async (p, init) => {
		const r = await request(p, init);
		const text = await r.text();
		if (!r.ok)
			throw new Error(`${init?.method ?? 'GET'} ${p} answered ${r.status}: ${text.slice(0, 300)}`);
		return JSON.parse(text);
	};
	return { baseUrl, cookie, browserId, user: JSON.parse(body).data, request, json };
}

/**
 * Resolves once a production webhook URL is registered (HEAD answers something other than 404:
 * n8n is ready before it registers the webhooks of published workflows); throws after `timeoutMs`.
 * Returns the status HEAD answered.
 */
export async function waitForWebhook(url, { timeoutMs = 30_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const status = await httpStatus(url, 5000, 'HEAD');
		if (status !== 404 && status !== 0) return status;
		if (Date.now() > deadline)
			throw new Error(
				`${url} still answers ${status || 'nothing'} after ${formatDuration(timeoutMs)}`,
			);
		await sleep(100);
	}
}

/**
 * n8n 1.x: creates the instance owner through `POST /rest/owner/setup` (2.x creates it from the
 * environment). Answers true when it created the owner, false when one was set up already.
 */
export async function setupOwner(baseUrl, owner = DEFAULT_OWNER) {
	const res = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': randomUUID() },
		body: JSON.stringify({
			email: owner.email,
			firstName: owner.firstName,
			lastName: owner.lastName,
			password: owner.password,
		}),
		signal: AbortSignal.timeout(15_000),
	});
	const body = await res.text();
	if (res.status === 200) return true;
	if (res.status === 400 && /already/i.test(body)) return false;
	throw new Error(`POST /rest/owner/setup answered ${res.status}: ${body.slice(0, 300)}`);
}

/**
 * The node and credential types the running n8n loaded (`GET /types/nodes.json`,
 * `GET /types/credentials.json`), as `{ nodes: [{ name, version, ... }], credentials: [{ name, ... }] }`.
 */
export async function loadedTypes(session) {
	const [nodes, credentials] = await Promise.all([
		session.json('/types/nodes.json'),
		session.json('/types/credentials.json'),
	]);
	return { nodes, credentials };
}
