// Security headers for pages: a nonce-based Content-Security-Policy (Web Chat styles itself with
// <style> tags, which carry the nonce), no sniffing, a strict referrer policy.
import { randomBytes } from 'node:crypto';

export interface PagePolicy {
  /** Origins the page may call besides its own (Azure Direct Line in production). */
  readonly connectTo: readonly string[];
  /** Who may frame the page: the embed snippet puts it in other sites' iframes. */
  readonly frameAncestors: string;
}

/** SHA-256 of the empty string, as CSP hashes an empty inline style. */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

export const newNonce = (): string => randomBytes(16).toString('base64');

export function securityHeaders(nonce: string, policy: PagePolicy): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Web Chat renders a few empty style="" attributes; only the empty one is allowed.
    `style-src-attr 'unsafe-hashes' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${policy.connectTo.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${policy.frameAncestors}`,
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
