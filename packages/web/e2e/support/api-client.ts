/**
 * A minimal API client for test setup (creating accounts as the administrator): cookie + CSRF by hand.
 */
export class TestApi {
  private cookie = '';
  private csrf = '';
  constructor(private readonly base: string) {}

  async signIn(username: string, password: string): Promise<void> {
    const res = await fetch(`${this.base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
    this.cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    this.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

export interface Org {
  id: string;
  parentId: string | null;
  kind: 'financeBureau' | 'department' | 'unit';
  name: string;
}

/** Creates a user with one role at one organisation, with a known password. */
export async function createUser(
  admin: TestApi,
  username: string,
  displayName: string,
  role: string,
  organisationId: string,
  password: string,
) {
  await admin.call('POST', '/api/users', {
    username,
    displayName,
    password,
    roles: [{ role, organisationId }],
  });
}

/** The administrator's API session on a started app, and the organisations the demo data holds. */
export async function adminSession(base: string, password: string): Promise<{ admin: TestApi; orgs: Org[] }> {
  const admin = new TestApi(base);
  await admin.signIn('admin', password);
  const { items: orgs } = await admin.call<{ items: Org[] }>('GET', '/api/organisations');
  return { admin, orgs };
}

/**
 * Creates one account per person (each with a role at an organisation, one password for all) and signs
 * each in through the API; answers the signed-in client of a person.
 */
export async function peopleSignedIn<W extends string>(
  admin: TestApi,
  base: string,
  people: Record<W, { username: string; name: string; role: string; organisationId: string }>,
  password: string,
): Promise<(who: W) => TestApi> {
  const signedIn = new Map<string, TestApi>();
  for (const [who, p] of Object.entries<{
    username: string;
    name: string;
    role: string;
    organisationId: string;
  }>(people)) {
    await createUser(admin, p.username, p.name, p.role, p.organisationId, password);
    const api = new TestApi(base);
    await api.signIn(p.username, password);
    signedIn.set(who, api);
  }
  return (who) => {
    const api = signedIn.get(who);
    if (!api) throw new Error(`${who} has no API session`);
    return api;
  };
}

/** Seed 004's unit in the demo data (重庆市璧山区科学技术局) with its department and finance bureau. */
export function seed004Chain(orgs: readonly Org[]): { unit: Org; department: Org; bureau: Org } {
  const unit = orgs.find((o) => o.kind === 'unit' && o.name.includes('璧山区科学技术局'));
  const department = orgs.find((o) => o.id === unit?.parentId);
  const bureau = orgs.find((o) => o.id === department?.parentId);
  if (!unit || department?.kind !== 'department' || bureau?.kind !== 'financeBureau')
    throw new Error('the demo data should hold seed 004’s unit with its department and bureau');
  return { unit, department, bureau };
}
