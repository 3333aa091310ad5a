/**
 * The question bank's long texts (questions and stage descriptions) as JSON, for the exports on
 * `/results/` that quote them: fetched from this origin only when a user exports, so the results
 * page's HTML stays small.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../data/catalogue';
import { bankTextOf } from '../lib/export/bank-text';

export const GET: APIRoute = async () => {
	const { bank } = await getCatalogue();
	return new Response(JSON.stringify(bankTextOf(bank)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
