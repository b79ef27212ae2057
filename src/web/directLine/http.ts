// Small typed helpers shared by the Direct Line routes: JSON answers, errors, the bearer token.
import type { Request, Response } from 'restify';

export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.json(body);
}

/** Every refusal is JSON with a stable code for programs and a sentence for people. */
export function sendError(res: Response, status: number, error: string, message: string): void {
  sendJson(res, status, { error, message });
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '');
  return match?.[1];
}

export function routeParam(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

export function queryParam(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
