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
				{ type: 'subscription', id: '37846', consent_type: 'opt_in', default_translation: { name: 'Newsletters', description: 'Monthly news' } },
				{ type: 'subscription', id: '37847', consent_type: 'opt_out', default_translation: { name: 'Announcements' } },
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getSubscriptionTypes' })).toEqual([
			{ name: 'Announcements (opt_out)', value: '37847', description: undefined },
			{ name: 'Newsletters (opt_in)', value: '37846', description: 'Monthly news' },
		]);
	});

	it('getContactCustomAttributes: only live custom contact attributes', async () => {
		const { scope, requests } = intercom();
		scope.get('/data_attributes').query({ model: 'contact' }).reply(200, {
			type: 'list',
			data: [
				{ type: 'data_attribute', name: 'email', label: 'Email', custom: false, data_type: 'string' },
				{ type: 'data_attribute', name: 'plan', label: 'Plan', custom: true, data_type: 'string', description: 'Billing plan' },
				{ type: 'data_attribute', name: 'old', label: 'Old', custom: true, archived: true, data_type: 'integer' },
				{ type: 'data_attribute', name: 'seats', label: 'Seats', custom: true, data_type: 'integer' },
			],
		});
		expect(await runLoadOptions({ ...base, method: 'getContactCustomAttributes' })).toEqual([
			{ name: 'Plan (string)', value: 'plan', description: 'Billing plan' },
			{ name: 'Seats (integer)', value: 'seats', description: undefined },
		]);
		expect(requests[0].query).toEqual({ model: 'contact' });
	});
});

contractSuite('load options');
