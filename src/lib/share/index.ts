/**
 * Result links: encode an assessment into a `/results/#r.…` fragment and decode it back, safely.
 */
export {
	decodeResult,
	encodeResult,
	FORMAT_VERSION,
	MAX_FRAGMENT_CHARS,
	MAX_PAYLOAD_BYTES,
	RESULT_PREFIX,
	type DecodeErrorReason,
	type DecodeOutcome,
	type DecodeWarning,
} from './codec';
export {
	assessmentToShared,
	dateOfDay,
	dayNumber,
	FIRST_DATE,
	LAST_DATE,
	normalizeShared,
	validateShared,
	versionCodes,
	type SharedResult,
} from './shared';
export {
	cleanName,
	cleanNote,
	MAX_NAME_LENGTH,
	MAX_NOTE_LENGTH,
	truncateCodePoints,
} from '../text';
