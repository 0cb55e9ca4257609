import { ApiProblem } from '../http/problem';

/**
 * PostHog's answers to bad ingestion requests, built as its Django capture and decide views build them
 * (posthog/api/capture.py, posthog/api/utils.py get_data, posthog/api/decide.py through
 * generate_exception_response): `{type, code, detail, attr}` with the same codes and messages. PostHog's
 * Rust services answer the same statuses with plain-text messages; SDKs read only the status.
 */
const body = (status: number, type: string, code: string, detail: string) =>
  new ApiProblem(status, { type, code, detail, attr: null });

const KEY_HELP = 'You can find your project API key in PostHog project settings.';

export const captureProblems = {
  noData: () =>
    body(
      400,
      'validation_error',
      'no_data',
      'No data found. Make sure to use a POST request when sending the payload in the body of the request.',
    ),
  malformed: (reason: string) =>
    body(400, 'validation_error', 'invalid_payload', `Malformed request data: ${reason}`),
  invalidSentAt: (reason: string) =>
    body(
      400,
      'validation_error',
      'invalid_payload',
      `Malformed request data, invalid sent at: ${reason}`,
    ),
  invalidPayload: (reason: string) =>
    body(400, 'validation_error', 'invalid_payload', `Invalid payload: ${reason}`),
  missingToken: () =>
    body(401, 'authentication_error', 'missing_api_key', `API key not provided. ${KEY_HELP}`),
  invalidToken: () =>
    body(401, 'authentication_error', 'invalid_api_key', `Project API key invalid. ${KEY_HELP}`),
};

export const flagsProblems = {
  malformed: (reason: string) =>
    body(400, 'validation_error', 'malformed_data', `Malformed request data: ${reason}`),
  missingToken: () =>
    body(401, 'authentication_error', 'no_api_key', `No project API key provided. ${KEY_HELP}`),
  invalidToken: () =>
    body(401, 'authentication_error', 'invalid_api_key', `Project API key invalid. ${KEY_HELP}`),
  missingDistinctId: () =>
    body(400, 'validation_error', 'missing_distinct_id', 'Decide requires a distinct_id.'),
};

/** get_data's answer to a body over the upload limit (also a decompressed body, as capture-rs counts it). */
export const tooLarge = () => body(413, 'client_error', 'request_too_large', 'Request too large.');
