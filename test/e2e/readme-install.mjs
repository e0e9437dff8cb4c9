// The README's manual install ("### npm (self-hosted and Docker)"), run as a user would paste it:
// the same shell lines, with `npm install n8n-nodes-intercom` pointed at the packed tarball instead
// of the registry, HOME set to a folder of the test's, and nothing of this repo's npm settings.
// Used by install.e2e.mjs (an empty nodes folder on each Node) and by the n8n 1.x leg (oldest.e2e.mjs).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { REPO_DIR, runtimeBaseEnv } from '../../scripts/lib/runtime.mjs';

const PACKAGE = 'n8n-nodes-intercom';
const HEADING = '### npm (self-hosted and Docker)';

/**
 * The shell lines of the README's npm install block (comments dropped) and the command its Docker
 * line runs inside the container. Throws when the block is missing or does not end with the install.
 */
export function readmeInstall(readme = fs.readFileSync(path.join(REPO_DIR, 'README.md'), 'utf8')) {
	const at = readme.indexOf(HEADING);
	if (at < 0) throw new Error(`README.md has no "${HEADING}" section`);
	const end = readme.indexOf('\n## ', at);
	const section = readme.slice(at, end < 0 ? undefined : end);
	const block = /```sh\n([\s\S]*?)```/.exec(section);
	if (!block) throw new Error(`"${HEADING}" has no sh code block`);
	const commands = block[1]
		.split('\n')
		.map((line) => line.replace(/\s+#.*$/, '').trim())
		.filter((line) => line && !line.startsWith('#'));
	if (commands.at(-1) !== `npm install ${PACKAGE}`) {
		throw new Error(
			`the README's install block must end with "npm install ${PACKAGE}", found ${JSON.stringify(commands.at(-1))}`,
		);
	}
	const docker = /docker exec [^`]*?sh -c '([^']+)'/.exec(section)?.[1];
	return { commands, docker };
}

const quote = (s) => `'${s.replaceAll("'", "'\\''")}'`;

/**
 * An environment as a user's shell has it: the caller's minus everything npm exports to scripts
 * (this repo's ignore-scripts among them) and minus n8n's and our variables, with `nodeBinDir` first
 * on PATH and `home` as HOME (so `~/.n8n/nodes` is the test's folder, and npm's cache is a new one
 * unless `npmCache` names one).
 */
export function userShellEnv({ home, nodeBinDir, npmCache }) {
	const env = runtimeBaseEnv({ nodeBinDir });
	// A user's npm has no prepared Node headers: nothing may rely on them.
	delete env.npm_config_nodedir;
	for (const k of Object.keys(env))
		if (k.startsWith('N8N_') || k.startsWith('INTERCOM_N8N_')) delete env[k];
	env.HOME = home;
	env.npm_config_fund = 'false';
	env.npm_config_audit = 'false';
	if (npmCache) env.npm_config_cache = npmCache;
	return env;
}

/**
 * Runs the README's install lines with `sh` in `home` (`~` is `home`), installing `tgz`.
 * Resolves with `{ code, output, durationMs, nodesDir, script }`.
 */
export async function installLikeReadme({ home, tgz, nodeBinDir, npmCache, timeoutMs = 300_000 }) {
	const { commands } = readmeInstall();
	const lines = [...commands.slice(0, -1), `npm install ${quote(tgz)}`];
	const script = ['set -e', ...lines].join('\n');
	fs.mkdirSync(home, { recursive: true });
	const started = Date.now();
	return await new Promise((resolve, reject) => {
		const child = spawn('sh', ['-c', script], {
			cwd: home,
			env: userShellEnv({ home, nodeBinDir, npmCache }),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({
				code: code ?? signal,
				output,
				durationMs: Date.now() - started,
				nodesDir: path.join(home, '.n8n', 'nodes'),
				script,
			});
		});
	});
}

/** Bytes under `dir` (files only, symlinks not followed). */
export function folderBytes(dir) {
	let total = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
	}
	return total;
}
