#!/usr/bin/env node
// `npm run sandbox`: the local Intercom sandbox (sandbox/) in the foreground, with demo data.
//
//   npm run sandbox                        http://127.0.0.1:5690, token "sandbox-token"
//   SANDBOX_PORT=5700 npm run sandbox      another port
//   node scripts/sandbox.mjs --empty       no demo data
//   node scripts/sandbox.mjs --latency=50  answer after 50 ms
//
// Ctrl-C (or SIGTERM) stops it and frees the port. Point an "Intercom Access Token API" credential
// at it with Region "Custom", Base URL http://127.0.0.1:5690 and the token above.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { requireTs } = require('./lib/ts-require.cjs');
const { startSandbox, demoData, SANDBOX_TOKEN, SANDBOX_CLIENT_SECRET } =
	requireTs('sandbox/index.ts');

const argv = process.argv.slice(2);
const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const port = Number(flag('port') ?? process.env.SANDBOX_PORT ?? 5690);
const latencyMs = Number(flag('latency') ?? 0);

const sandbox = await startSandbox({ port, latencyMs });
if (!argv.includes('--empty')) sandbox.seed(demoData());
console.log(`Intercom sandbox on ${sandbox.url}`);
console.log(`  access token   ${SANDBOX_TOKEN}`);
console.log(`  client secret  ${SANDBOX_CLIENT_SECRET} (webhook signatures)`);
console.log(
	`  OpenAPI checks ${sandbox.validating ? "on (Intercom's OpenAPI 2.16, sandbox/intercom-openapi-2.16.snapshot.json)" : 'off'}`,
);
console.log(
	`  control API    ${sandbox.url}/__sandbox/{state,stats,violations,requests,reset,config,seed,webhooks}`,
);
console.log('Ctrl-C stops it.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, async () => {
		if (stopping) process.exit(1);
		stopping = true;
		const { violations } = sandbox;
		await sandbox.close();
		console.log(
			`\nsandbox stopped (${sandbox.stats.requests} requests, ${violations.length} OpenAPI violations)`,
		);
		for (const v of violations.slice(0, 20)) console.log(`  violation: ${v}`);
		process.exit(0);
	});
}
