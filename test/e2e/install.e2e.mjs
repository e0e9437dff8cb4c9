// The README's manual install of the packed package into an empty nodes folder, on Node 20, 22 and
// 24 (from the npm registry, into the runtime folder, as scripts/runtime/node20|22|24 pin them): exactly one
// package lands, npm runs no install script and builds nothing, and no second n8n-workflow appears.
// The README's Docker line runs the same command inside the container.
//
//   node --test test/e2e/install.e2e.mjs
//
// Prints the time and size of each install (no assertion on time).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { packPackage } from '../../scripts/lib/n8n.mjs';
import { REPO_DIR, ensureNode } from '../../scripts/lib/runtime.mjs';
import { folderBytes, installLikeReadme, readmeInstall } from './readme-install.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_DIR, 'package.json'), 'utf8'));
const log = (msg) => process.stderr.write(`[install] ${msg}\n`);

const NODE_FOLDERS = ['node20', 'node22', 'node24'];
const nodeVersion = (bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();

describe('the README install into an empty nodes folder', { concurrency: false }, () => {
	let workDir;
	let tgz;
	const nodes = [];

	before(async () => {
		workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-intercom-install-'));
		tgz = await packPackage({
			build: true,
			quiet: true,
			requireComplete: true,
			destDir: path.join(workDir, 'pack'),
		});
		for (const folder of NODE_FOLDERS) {
			const { nodeBinDir } = await ensureNode(folder, { quiet: true });
			nodes.push({
				folder,
				binDir: nodeBinDir,
				version: nodeVersion(path.join(nodeBinDir, 'node')),
			});
		}
	});

	after(() => {
		if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
	});

	it('has Node 20, 22 and 24', () => {
		assert.deepEqual(
			nodes.map((n) => Number(/^v(\d+)\./.exec(n.version)?.[1])),
			[20, 22, 24],
			`Node versions: ${nodes.map((n) => n.version).join(', ')}`,
		);
	});

	it("the Docker line runs the npm block's commands", () => {
		const { commands, docker } = readmeInstall();
		assert.ok(docker, "the README has a `docker exec … sh -c '…'` line");
		assert.equal(docker, commands.join(' && '));
	});

	for (const folder of NODE_FOLDERS) {
		it(`installs one package and builds nothing (${folder})`, async () => {
			const node = nodes.find((n) => n.folder === folder);
			const home = path.join(workDir, `home-${folder}`);
			const run = await installLikeReadme({ home, tgz, nodeBinDir: node.binDir });
			assert.equal(run.code, 0, `${run.script}\n${run.output}`);

			const modules = path.join(run.nodesDir, 'node_modules');
			const installed = fs.readdirSync(modules).filter((n) => !n.startsWith('.'));
			assert.deepEqual(installed, [pkg.name], 'only the package itself is in the nodes folder');
			const lock = JSON.parse(
				fs.readFileSync(path.join(run.nodesDir, 'package-lock.json'), 'utf8'),
			);
			assert.deepEqual(Object.keys(lock.packages).sort(), ['', `node_modules/${pkg.name}`]);
			const entry = lock.packages[`node_modules/${pkg.name}`];
			assert.equal(entry.version, pkg.version);
			assert.equal(entry.hasInstallScript, undefined, 'the package has no install script');
			assert.deepEqual(entry.peerDependencies, { 'n8n-workflow': '*' });
			assert.equal(entry.peerDependenciesMeta?.['n8n-workflow']?.optional, true);

			const files = fs.readdirSync(modules, { recursive: true }).map(String);
			assert.equal(
				files.filter((f) => /(^|\/)n8n-workflow(\/|$)/.test(f)).length,
				0,
				'no copy of n8n-workflow',
			);
			assert.equal(
				files.filter((f) => f.endsWith('.node') || /(^|\/)build\/(Release|Debug)(\/|$)/.test(f))
					.length,
				0,
				'nothing compiled',
			);
			assert.doesNotMatch(run.output, /gyp|prebuild|install script/i);
			const installedPkg = JSON.parse(
				fs.readFileSync(path.join(modules, pkg.name, 'package.json'), 'utf8'),
			);
			for (const file of [...installedPkg.n8n.nodes, ...installedPkg.n8n.credentials]) {
				assert.ok(fs.existsSync(path.join(modules, pkg.name, file)), `${file} is installed`);
			}

			const bytes = folderBytes(run.nodesDir);
			log(
				`Node ${node.version}: 1 package, ${(bytes / 1024 / 1024).toFixed(2)} MB in the nodes folder, ${(run.durationMs / 1000).toFixed(1)} s`,
			);
		});
	}
});
