/** A refusal from the educator API: its status, code and the server's sentence. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The educator API's address for a path (`/sessions` → `/api/educator/sessions`) and query. */
export function apiUrl(path: string, query?: URLSearchParams): string {
  const q = query?.toString();
  return `/api/educator${path}${q ? `?${q}` : ''}`;
}

/**
 * Calls the educator API with the session cookie (sent by the browser, never read by script).
 * Writes go as JSON, which is all the server takes. A refusal becomes an ApiError with the
 * server's sentence; a network failure, one that says so.
 */
export async function api<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path.startsWith('/api/') ? path : apiUrl(path), {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      'The Rapport server cannot be reached. Check it is running, then try again.',
    );
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    throw new ApiError(
      res.status,
      data?.error?.code ?? 'internal',
      data?.error?.message ?? `The server answered ${res.status}.`,
    );
  }
  return data as T;
}
