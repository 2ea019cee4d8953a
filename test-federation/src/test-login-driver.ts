export interface TestLoginOptions {
  fiscalNumber: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  /** Answer of the consent form; default true. */
  consent?: boolean;
}

/** The OP answered with its own error page instead of redirecting back to the relying party. */
export class TestLoginError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(`test OP refused the request (${status}): ${error} ${description}`.trim());
    this.name = 'TestLoginError';
  }
}

const MAX_HOPS = 20;

function updateJar(jar: Map<string, string>, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair, ...attributes] = header.split(';');
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some((attribute) => /^\s*expires=.*1970/i.test(attribute));
    if (!value || expired) jar.delete(name);
    else jar.set(name, value);
  }
}

function errorFromPage(status: number, html: string): TestLoginError {
  const error = /<code id="error">([^<]*)<\/code>/.exec(html)?.[1] ?? 'unknown_error';
  const description = /<dd id="error_description">([^<]*)<\/dd>/.exec(html)?.[1] ?? html.slice(0, 200);
  return new TestLoginError(status, error, description);
}

/**
 * Drives a test OP (SPID or CIE) like a browser without JavaScript: follows the authorization
 * URL, fills the login form with the given identity, answers the consent form, and returns the
 * URL the OP redirects to at the relying party (with `code`/`state`/`iss`, or `error`). Cookies
 * are handled by hand. Throws TestLoginError when the OP shows its error page instead.
 */
export async function completeTestLogin(
  authorizationUrl: string | URL,
  options: TestLoginOptions,
): Promise<URL> {
  const start = new URL(authorizationUrl);
  const opPrefix = `${start.origin}${start.pathname.replace(/\/[^/]*$/, '')}/`;
  const jar = new Map<string, string>();
  const send = async (url: URL, form?: Record<string, string>) => {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form) : undefined,
    });
    updateJar(jar, response);
    return response;
  };

  let current = start;
  let response = await send(current);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw errorFromPage(response.status, await response.text());
    }
    await response.body?.cancel();
    current = new URL(location, current);
    if (!current.href.startsWith(opPrefix)) return current;
    if (!current.pathname.includes('/interaction/')) {
      response = await send(current);
      continue;
    }
    const page = await send(current);
    const html = await page.text();
    if (page.status !== 200) throw errorFromPage(page.status, html);
    if (html.includes('name="fiscal_number"')) {
      response = await send(new URL(`${current.pathname}/login`, current), {
        fiscal_number: options.fiscalNumber,
        given_name: options.givenName ?? '',
        family_name: options.familyName ?? '',
        email: options.email ?? '',
      });
    } else {
      response = await send(new URL(`${current.pathname}/confirm`, current), {
        decision: options.consent === false ? 'deny' : 'allow',
      });
    }
  }
  throw new Error('too many redirects while driving the test OP');
}
