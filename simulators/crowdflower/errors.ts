import { SimulatorHttpError, type ErrorDescription } from '../core/index.js';

/** The platform's error bodies (reference §5) and the failures routes raise. */

export const NOT_FOUND_MESSAGE = "We couldn't find what you were looking for.";
export const MISSING_PARAMETERS_MESSAGE = 'Your request is missing required parameters.';

/** `{"error":{"message":…}}` for every 4xx/5xx; the platform's 404 text whatever the cause. */
export function crowdFlowerErrorBody({ status, message }: ErrorDescription): unknown {
  return { error: { message: status === 404 ? NOT_FOUND_MESSAGE : message } };
}

export function notFound(): SimulatorHttpError {
  return new SimulatorHttpError(404, NOT_FOUND_MESSAGE);
}

export function badRequest(message: string): SimulatorHttpError {
  return new SimulatorHttpError(400, message);
}

export function missingParameters(): SimulatorHttpError {
  return badRequest(MISSING_PARAMETERS_MESSAGE);
}
