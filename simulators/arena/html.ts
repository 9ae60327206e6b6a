/** The few HTML pages the platform serves: the login form and Django's stock error pages. */

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');
}

export const INVALID_LOGIN =
  'Please enter a correct username and password. Note that both fields may be case-sensitive.';

export interface LoginPage {
  /** A masked CSRF token for the hidden field. */
  readonly token: string;
  readonly next: string;
  readonly username?: string;
  /** Form-wide errors (bad credentials) and per-field ones (`This field is required.`). */
  readonly errors?: readonly string[];
  readonly fieldErrors?: Readonly<Partial<Record<'username' | 'password', string>>>;
}

function fieldError(message: string | undefined): string {
  return message === undefined ? '' : `\n    <ul class="errorlist"><li>${escapeHtml(message)}</li></ul>`;
}

export function loginPage(page: LoginPage): string {
  const errors =
    page.errors === undefined || page.errors.length === 0
      ? ''
      : `\n  <ul class="errorlist nonfield">${page.errors.map((error) => `<li>${escapeHtml(error)}</li>`).join('')}</ul>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Log in | Arena</title>
</head>
<body>
<main id="content">
  <h1>Arena</h1>${errors}
  <form method="post" action="/accounts/login/">
    <input type="hidden" name="csrfmiddlewaretoken" value="${escapeHtml(page.token)}">
    <p><label for="id_username">Username:</label>${fieldError(page.fieldErrors?.username)}
    <input type="text" name="username" autofocus autocapitalize="none" autocomplete="username" maxlength="150" required id="id_username" value="${escapeHtml(page.username ?? '')}"></p>
    <p><label for="id_password">Password:</label>${fieldError(page.fieldErrors?.password)}
    <input type="password" name="password" autocomplete="current-password" required id="id_password"></p>
    <input type="hidden" name="next" value="${escapeHtml(page.next)}">
    <input type="submit" value="Log in">
  </form>
</main>
</body>
</html>
`;
}

export function homePage(username: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Arena</title>
</head>
<body>
<main id="content">
  <h1>Arena</h1>
  <p>Logged in as ${escapeHtml(username)}.</p>
  <form method="post" action="/accounts/logout/"><input type="submit" value="Log out"></form>
</main>
</body>
</html>
`;
}

/** Django's `csrf_failure` page as rendered with `DEBUG = False`. */
export function csrfFailurePage(reason: string): string {
  const noCookie =
    reason === 'CSRF cookie not set.'
      ? `
  <p>You are seeing this message because this site requires a CSRF cookie when submitting forms. This cookie is required for security reasons, to ensure that your browser is not being hijacked by third parties.</p>
  <p>If you have configured your browser to disable cookies, please re-enable them, at least for this site, or for “same-origin” requests.</p>`
      : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <meta name="robots" content="NONE,NOARCHIVE">
  <title>403 Forbidden</title>
  <style>
    html * { padding:0; margin:0; }
    body * { padding:10px 20px; }
    body * * { padding:0; }
    body { font-family: sans-serif; background:#eee; color:#000; }
    body>div { border-bottom:1px solid #ddd; }
    h1 { font-weight:normal; margin-bottom:.4em; }
    h1 span { font-size:60%; color:#666; font-weight:normal; }
    #info { background:#f6f6f6; }
    #info ul { margin: 0.5em 4em; }
    #info p, #summary p { padding-top:10px; }
    #summary { background: #ffc; }
    #explanation { background:#eee; border-bottom: 0px none; }
  </style>
</head>
<body>
<div id="summary">
  <h1>Forbidden <span>(403)</span></h1>
  <p>CSRF verification failed. Request aborted.</p>
${noCookie}
</div>

<div id="explanation">
  <p><small>More information is available with DEBUG=True.</small></p>
</div>
</body>
</html>
`;
}

/** Django's default `404.html`, `403.html`, `400.html` and `500.html`. */
export const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en">
<head>
  <title>Not Found</title>
</head>
<body>
  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>
</body>
</html>
`;

export const FORBIDDEN_PAGE = `<!doctype html>
<html lang="en">
<head>
  <title>403 Forbidden</title>
</head>
<body>
  <h1>403 Forbidden</h1><p></p>
</body>
</html>
`;

export const BAD_REQUEST_PAGE = `<!doctype html>
<html lang="en">
<head>
  <title>Bad Request (400)</title>
</head>
<body>
  <h1>Bad Request (400)</h1><p></p>
</body>
</html>
`;

export const SERVER_ERROR_PAGE = `<!doctype html>
<html lang="en">
<head>
  <title>Server Error (500)</title>
</head>
<body>
  <h1>Server Error (500)</h1><p></p>
</body>
</html>
`;
