// A person's browser, without the browser: cookies kept between requests, forms posted with
// their token, no redirect followed unless asked. Each request goes through the balancer,
// so one person's requests land on every instance in turn.

const FORM_TOKEN = /name="_csrf"\s+value="([^"]+)"/;
const REQUEST_TIMEOUT_MS = 30_000;

export class Visitor {
  constructor(baseURL) {
    this.baseURL = baseURL;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  keepCookies(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(method, address, { form, headers = {} } = {}) {
    const response = await fetch(new URL(address, this.baseURL), {
      method,
      redirect: 'manual',
      headers: {
        cookie: this.cookieHeader(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    this.keepCookies(response);
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  }

  get(address) {
    return this.request('GET', address);
  }

  /** The form token of the page at `address` (for a form on another page of the same session). */
  async token(address) {
    const page = await this.get(address);
    const token = page.text.match(FORM_TOKEN)?.[1];
    if (!token) throw new Error(`${address} (${page.status}) has no form token`);
    this.csrf = token;
    return token;
  }

  /** Posts `fields` to `address` with the form token last read. */
  post(address, fields, headers) {
    return this.request('POST', address, { form: { ...fields, _csrf: this.csrf }, headers });
  }

  /** Logs in; afterwards the session's token is read from a page of the account. */
  async logIn(email, password) {
    await this.token('/login');
    const response = await this.post('/login', { email, password });
    if (response.status !== 303) throw new Error(`logging in as ${email}: ${response.status}`);
    await this.token('/account');
    return this;
  }
}
