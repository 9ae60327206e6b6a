/**
 * A failure a simulated platform answers on purpose (401, 404, validation, …). The server's error
 * handler turns it into the platform's own error body, so route code only states what went wrong.
 */
export class SimulatorHttpError extends Error {
  readonly status: number;
  /** The platform's machine-readable code, when it has one. */
  readonly code: string | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, message: string, code?: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'SimulatorHttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** What a platform's `errorBody` hook receives. */
export interface ErrorDescription {
  status: number;
  message: string;
  code?: string;
}
