/**
 * Every control's question and four stage descriptions as JSON, for the workshop: fetched from
 * this origin when a workshop opens, so /workshop/'s HTML stays small (see src/lib/workshop/texts.ts).
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { controlTextsOf } from '../../lib/workshop/texts';

export const GET: APIRoute = async () => {
	const { bank } = await getCatalogue();
	return new Response(JSON.stringify(controlTextsOf(bank)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
