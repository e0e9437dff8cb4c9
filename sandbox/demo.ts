import type { Json } from './store';

/** A few records so a fresh `npm run dev` shows real items: tags, companies, contacts, conversations. */
export function demoData(): {
	tags: Json[];
	companies: Json[];
	contacts: Json[];
	conversations: Array<{ email: string; body: string }>;
} {
	return {
		tags: [{ name: 'VIP' }, { name: 'Trial' }],
		companies: [
			{
				company_id: 'acme',
				name: 'Acme Inc',
				website: 'https://acme.example',
				plan: 'Pro',
				size: 120,
				industry: 'Manufacturing',
				monthly_spend: 499,
			},
			{
				company_id: 'globex',
				name: 'Globex',
				website: 'https://globex.example',
				plan: 'Starter',
				size: 15,
				industry: 'Software',
				monthly_spend: 49,
			},
		],
		contacts: [
			{
				role: 'user',
				email: 'ada@acme.example',
				name: 'Ada Lovelace',
				external_id: 'u-1001',
				custom_attributes: { plan: 'Pro', seats: 12 },
			},
			{
				role: 'user',
				email: 'grace@globex.example',
				name: 'Grace Hopper',
				external_id: 'u-1002',
				custom_attributes: { plan: 'Starter', seats: 3 },
			},
			{
				role: 'user',
				email: 'alan@acme.example',
				name: 'Alan Turing',
				external_id: 'u-1003',
				custom_attributes: { plan: 'Pro', seats: 40 },
			},
			{ role: 'lead', email: 'katherine@example.com', name: 'Katherine Johnson' },
			{ role: 'lead', email: 'hedy@example.com', name: 'Hedy Lamarr' },
		],
		conversations: [
			{
				email: 'ada@acme.example',
				body: 'Hi! Our invoice for March shows the wrong number of seats.',
			},
			{ email: 'grace@globex.example', body: 'How do I export all our contacts to CSV?' },
			{ email: 'katherine@example.com', body: 'Do you offer discounts for non-profits?' },
		],
	};
}
