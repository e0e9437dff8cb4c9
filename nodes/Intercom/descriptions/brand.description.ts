import { locator } from './rlc.description';

export const brandRlc = locator({
	name: 'brandId',
	displayName: 'Brand',
	description:
		'The brand. The default brand’s ID is the workspace’s ID; other brands have IDs of digits.',
	searchListMethod: 'searchBrands',
	listPlaceholder: 'Select a brand…',
	idPlaceholder: 'e.g. 3',
	idError: 'Not a valid brand ID',
});
