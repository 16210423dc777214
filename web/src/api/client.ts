/**
 * The one way the web app talks to the API: same-origin fetch with the session cookie, the
 * CSRF token on every write, and the API's error envelope turned into an ApiError whose
 * bilingual message and details can be shown as they are.
 */
import type { Text } from './text.ts';

export interface ErrorDetail {
  field?: string;
  row?: number;
  column?: string;
  expected?: Text;
  message?: Text;
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Text,
    readonly details: ErrorDetail[] = [],
  ) {
    super(text.en);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Set by the session provider after login or session refresh. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request finds the session gone (401), so the app can show the login page. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): fall through to the generic message.
  }
  const error = (body as { error?: { code?: string; message?: Text; details?: ErrorDetail[] } } | null)?.error;
  if (error?.message) return new ApiError(response.status, error.code ?? 'error', error.message, error.details ?? []);
  return new ApiError(response.status, 'http_error', {
    zh: `服务器返回错误（HTTP ${response.status}）`,
    en: `The server answered with an error (HTTP ${response.status})`,
  });
}

async function request(method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers.set('content-type', 'application/json');
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, { ...init, method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', { zh: '无法连接服务器，请检查网络', en: 'Cannot reach the server; check the connection' });
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && onUnauthenticated && !path.startsWith('/api/auth/')) onUnauthenticated();
    throw error;
  }
  return response;
}

export async function apiGet<T>(path: string, query?: Query): Promise<T> {
  return (await request('GET', withQuery(path, query))).json() as Promise<T>;
}

/** A write (POST, PUT, PATCH, DELETE) with a JSON or multipart body; 204 gives undefined. */
export async function apiSend<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await request(method, path, body);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? response.json() : response.text()) as Promise<T>;
}

/** Downloads a file the API produces (report, template, CSV), keeping the server's file name. */
export async function apiDownload(path: string, query?: Query, fallbackName = 'download'): Promise<void> {
  const response = await request('GET', withQuery(path, query), undefined, { headers: { accept: '*/*' } });
  const disposition = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = star ? decodeURIComponent(star) : (plain ?? fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
