// A Direct Line 3.0 client as Web Chat uses it when polling, over plain fetch, for tests.
export interface DirectLineTokenResponse {
  readonly token: string;
  readonly conversationId: string;
  readonly expires_in: number;
  readonly domain: string;
}

export interface Activity {
  readonly id: string;
  readonly type: string;
  readonly timestamp: string;
  readonly from: { readonly id: string; readonly role: 'user' | 'bot'; readonly name?: string };
  readonly text?: string;
  readonly locale?: string;
  readonly replyToId?: string;
  readonly attachments?: Array<{ readonly contentType: string; readonly content: Record<string, unknown> }>;
  readonly entities?: Array<Record<string, unknown>>;
  readonly channelData?: Record<string, unknown>;
  readonly [field: string]: unknown;
}

export interface ActivitySet {
  readonly activities: Activity[];
  readonly watermark: string;
}

export interface HttpResult<T = unknown> {
  readonly status: number;
  readonly text: string;
  readonly json: T;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export async function request<T = unknown>(url: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await response.text();
  return { status: response.status, text, json: parse(text) as T };
}

/** One user's Direct Line session against a server, step by step. */
export class DirectLineSession {
  token = '';
  conversationId = '';

  constructor(private readonly baseUrl: string) {}

  private get conversationUrl(): string {
    return `${this.baseUrl}/v3/directline/conversations/${this.conversationId}`;
  }

  /** Gets a token from the page's token door and starts the conversation with it. */
  async open(options: { userId?: string; acceptLanguage?: string } = {}): Promise<this> {
    const issued = await request<DirectLineTokenResponse>(`${this.baseUrl}/api/directline/token`, { method: 'POST', body: options.userId ? { userId: options.userId } : {} });
    if (issued.status !== 200) throw new Error(`token: ${issued.status} ${issued.text}`);
    const started = await request<{ conversationId: string; token: string }>(`${this.baseUrl}/v3/directline/conversations`, {
      method: 'POST',
      token: issued.json.token,
      headers: options.acceptLanguage ? { 'Accept-Language': options.acceptLanguage } : {},
    });
    if (started.status !== 201) throw new Error(`start: ${started.status} ${started.text}`);
    this.token = started.json.token;
    this.conversationId = started.json.conversationId;
    return this;
  }

  post(activity: Record<string, unknown>, token = this.token): Promise<HttpResult<{ id: string }>> {
    return request(`${this.conversationUrl}/activities`, { method: 'POST', token, body: activity });
  }

  /** A message as Web Chat sends it. */
  say(text: string, locale = 'en-US'): Promise<HttpResult<{ id: string }>> {
    return this.post({ type: 'message', text, locale, from: { id: 'r_webchat', role: 'user' }, channelData: { clientActivityID: `client-${Date.now()}` } });
  }

  read(watermark?: string, token = this.token): Promise<HttpResult<ActivitySet>> {
    return request(`${this.conversationUrl}/activities${watermark === undefined ? '' : `?watermark=${watermark}`}`, { token });
  }

  /** Polls from `watermark` until `done` holds for the activities read, as Web Chat polls. */
  async pollUntil(watermark: string | undefined, done: (activities: Activity[]) => boolean, timeoutMs = 5000): Promise<ActivitySet> {
    const deadline = Date.now() + timeoutMs;
    const seen: Activity[] = [];
    let current = watermark;
    for (;;) {
      const result = await this.read(current);
      if (result.status !== 200) throw new Error(`poll: ${result.status} ${result.text}`);
      seen.push(...result.json.activities);
      current = result.json.watermark;
      if (done(seen)) return { activities: seen, watermark: current };
      if (Date.now() > deadline) throw new Error(`gave up polling; read ${JSON.stringify(seen.map((a) => [a.type, a.from.role, a.text?.slice(0, 40)]))}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Bot messages (typing indicators aside). */
export const botMessages = (activities: readonly Activity[]): Activity[] => activities.filter((a) => a.from.role === 'bot' && a.type === 'message');
