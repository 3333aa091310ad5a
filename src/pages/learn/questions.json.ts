/**
 * Every knowledge-check question as JSON, for the gaps page's practice check: fetched from this
 * origin only when a learner starts practising, so the page's HTML stays small.
 */
import type { APIRoute } from 'astro';
import { getLearn } from '../../data/learn';

export const GET: APIRoute = async () => {
	const { modules } = await getLearn();
	return new Response(JSON.stringify(modules.flatMap((m) => m.questions)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
