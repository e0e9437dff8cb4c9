import { IntercomAccessTokenApi } from '../../../../credentials/IntercomAccessTokenApi.credentials';
import { Intercom } from '../../../../nodes/Intercom/Intercom.node';
import { runLoadOptions } from '../../../harness/run-method';
import { accessTokenCredentials, contractSuite, intercom, isolateNetwork } from '../fixtures';

isolateNetwork();

const base = {
	node: new Intercom(),
	credentials: { intercomAccessTokenApi: accessTokenCredentials() },
	credentialTypes: [new IntercomAccessTokenApi()],
};

describe('load options', () => {
	it('getAdmins: the workspace’s admins by name, with email', async () => {
		const { scope } = intercom();
		scope.get('/admins').reply(200, {
			type: 'admin.list',
			admins: [
				{ type: 'admin', id: '2', name: 'Zoe', email: 'zoe@example.com' },
				{ type: 'admin', id: '1', name: 'Adam', email: 'adam@example.com' },
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getAdmins' })).toEqual([
			{ name: 'Adam (adam@example.com)', value: '1' },
			{ name: 'Zoe (zoe@example.com)', value: '2' },
		]);
	});

	it('getTeams: the workspace’s teams by name', async () => {
		const { scope } = intercom();
		scope.get('/teams').reply(200, {
			type: 'team.list',
			teams: [
				{ type: 'team', id: '9', name: 'Support', admin_ids: [1] },
				{ type: 'team', id: '4', name: 'Billing', admin_ids: [] },
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getTeams' })).toEqual([
			{ name: 'Billing', value: '4' },
			{ name: 'Support', value: '9' },
		]);
	});

	it('getSubscriptionTypes: name and consent type', async () => {
		const { scope } = intercom();
		scope.get('/subscription_types').reply(200, {
			type: 'list',
			data: [
				{
					type: 'subscription',
					id: '37846',
					consent_type: 'opt_in',
					default_translation: { name: 'Newsletters', description: 'Monthly news' },
				},
				{
					type: 'subscription',
					id: '37847',
					consent_type: 'opt_out',
					default_translation: { name: 'Announcements' },
				},
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getSubscriptionTypes' })).toEqual([
			{ name: 'Announcements (opt_out)', value: '37847', description: undefined },
			{ name: 'Newsletters (opt_in)', value: '37846', description: 'Monthly news' },
		]);
	});

	it('getContactCustomAttributes: only live custom contact attributes', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/data_attributes')
			.query({ model: 'contact' })
			.reply(200, {
				type: 'list',
				data: [
					{
						type: 'data_attribute',
						name: 'email',
						label: 'Email',
						custom: false,
						data_type: 'string',
					},
					{
						type: 'data_attribute',
						name: 'plan',
						label: 'Plan',
						custom: true,
						data_type: 'string',
						description: 'Billing plan',
					},
					{
						type: 'data_attribute',
						name: 'old',
						label: 'Old',
						custom: true,
						archived: true,
						data_type: 'integer',
					},
					{
						type: 'data_attribute',
						name: 'seats',
						label: 'Seats',
						custom: true,
						data_type: 'integer',
					},
				],
			});
		expect(await runLoadOptions({ ...base, method: 'getContactCustomAttributes' })).toEqual([
			{ name: 'Plan (string)', value: 'plan', description: 'Billing plan' },
			{ name: 'Seats (integer)', value: 'seats', description: undefined },
		]);
		expect(requests[0].query).toEqual({ model: 'contact' });
	});

	it('getCompanyCustomAttributes: only live custom company attributes', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/data_attributes')
			.query({ model: 'company' })
			.reply(200, {
				type: 'list',
				data: [
					{
						type: 'data_attribute',
						name: 'name',
						label: 'Company name',
						custom: false,
						data_type: 'string',
					},
					{
						type: 'data_attribute',
						name: 'tier',
						label: 'Tier',
						custom: true,
						data_type: 'options',
					},
					{
						type: 'data_attribute',
						name: 'gone',
						label: 'Gone',
						custom: true,
						archived: true,
						data_type: 'string',
					},
				],
			});
		expect(await runLoadOptions({ ...base, method: 'getCompanyCustomAttributes' })).toEqual([
			{ name: 'Tier (options)', value: 'tier', description: undefined },
		]);
		expect(requests[0].query).toEqual({ model: 'company' });
	});

	it('getCustomDataAttributes: custom attributes of both models by ID, archived ones marked', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/data_attributes')
			.query({ include_archived: 'true' })
			.reply(200, {
				type: 'list',
				data: [
					{
						type: 'data_attribute',
						id: 1,
						name: 'email',
						label: 'Email',
						model: 'contact',
						custom: false,
					},
					{
						type: 'data_attribute',
						id: 37,
						name: 'tier',
						label: 'Tier',
						model: 'company',
						custom: true,
						description: 'Customer tier',
					},
					{
						type: 'data_attribute',
						id: 12,
						name: 'plan',
						label: 'Plan',
						model: 'contact',
						custom: true,
						archived: true,
					},
				],
			});
		expect(await runLoadOptions({ ...base, method: 'getCustomDataAttributes' })).toEqual([
			{ name: 'company › Tier', value: '37', description: 'Customer tier' },
			{ name: 'contact › Plan (archived)', value: '12', description: undefined },
		]);
		expect(requests[0].query).toEqual({ include_archived: 'true' });
	});

	it('getSegments: segments by name with their person type', async () => {
		const { scope } = intercom();
		scope.get('/segments').reply(200, {
			type: 'segment.list',
			segments: [
				{ type: 'segment', id: 's2', name: 'Paying', person_type: 'user' },
				{ type: 'segment', id: 's1', name: 'Active leads', person_type: 'lead' },
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getSegments' })).toEqual([
			{ name: 'Active leads (lead)', value: 's1' },
			{ name: 'Paying (user)', value: 's2' },
		]);
	});

	it('getAwayStatusReasons: live reasons in Intercom’s order, with their emoji', async () => {
		const { scope } = intercom();
		scope.get('/away_status_reasons').reply(200, {
			type: 'list',
			data: [
				{
					type: 'away_status_reason',
					id: '2',
					label: 'On a break',
					emoji: '☕',
					order: 2,
					deleted: false,
				},
				{ type: 'away_status_reason', id: '1', label: 'At lunch', order: 1, deleted: false },
				{ type: 'away_status_reason', id: '3', label: 'Old reason', order: 0, deleted: true },
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getAwayStatusReasons' })).toEqual([
			{ name: 'At lunch', value: '1' },
			{ name: '☕ On a break', value: '2' },
		]);
	});

	it('getReportingDatasets and getReportingAttributes: datasets by name, the chosen one’s attributes by qualified ID', async () => {
		const { scope } = intercom();
		const datasets = {
			type: 'list',
			data: [
				{
					id: 'ticket',
					name: 'Ticket',
					description: 'Ticket details',
					attributes: [{ id: 'ticket_id', qualified_id: 'ticket.ticket_id', name: 'Ticket ID' }],
				},
				{
					id: 'conversation',
					name: 'Conversation',
					attributes: [
						{ id: 'state', qualified_id: 'conversation.state', name: 'State' },
						{ id: 'conversation_id', qualified_id: 'conversation.conversation_id', name: 'ID' },
					],
				},
			],
		};
		scope.get('/export/reporting_data/get_datasets').times(2).reply(200, datasets);
		expect(await runLoadOptions({ ...base, method: 'getReportingDatasets' })).toEqual([
			{ name: 'Conversation', value: 'conversation', description: undefined },
			{ name: 'Ticket', value: 'ticket', description: 'Ticket details' },
		]);
		expect(
			await runLoadOptions({
				...base,
				method: 'getReportingAttributes',
				parameters: {
					resource: 'reportingDataExport',
					operation: 'create',
					datasetId: 'conversation',
				},
			}),
		).toEqual([
			{ name: 'ID (conversation.conversation_id)', value: 'conversation.conversation_id' },
			{ name: 'State (conversation.state)', value: 'conversation.state' },
		]);
		// No dataset chosen yet: nothing to ask.
		expect(
			await runLoadOptions({
				...base,
				method: 'getReportingAttributes',
				parameters: { resource: 'reportingDataExport', operation: 'create', datasetId: '' },
			}),
		).toEqual([]);
	});
});

contractSuite('load options');
