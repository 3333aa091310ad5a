/**
 * An honest time estimate for answering questions as a team: reading a question and its four stage
 * descriptions, agreeing on one and noting evidence takes one to two minutes, more when the team
 * has to look something up. Rounded to five minutes so it reads as the estimate it is.
 */
const roundTo5 = (minutes: number) => Math.max(5, Math.round(minutes / 5) * 5);

/** "about 10 to 15 minutes" for 8 questions; the range is one to two minutes per question. */
export function timeEstimate(questions: number): string {
	if (questions <= 0) return 'no time at all';
	const low = roundTo5(questions);
	const high = Math.max(low + 5, roundTo5(questions * 2));
	return high >= 60
		? `about ${formatMinutes(low)} to ${formatMinutes(high)}`
		: `about ${low} to ${high} minutes`;
}

function formatMinutes(minutes: number): string {
	if (minutes < 60) return `${minutes} minutes`;
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	const h = `${hours} hour${hours === 1 ? '' : 's'}`;
	return rest ? `${h} ${rest} minutes` : h;
}
