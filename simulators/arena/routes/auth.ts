import { maskSecret, newSecret, secretOf } from '../csrf.js';
import { homePage, INVALID_LOGIN, loginPage } from '../html.js';
import { sendHtml, type ArenaRouter, type Call } from '../http.js';
import {
  CSRF_COOKIE,
  SESSION_COOKIE,
  cookiesOf,
  endSession,
  issueCsrfCookie,
  startSession,
} from '../session.js';
import { authenticate, type ArenaDemoUser } from '../users.js';

/** `/accounts/login/`, `/accounts/logout/` and the home page a login redirects to (reference §2). */

/** Django's `url_has_allowed_host_and_scheme` for a same-site redirect: a local absolute path only. */
function safeNext(...candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === null || candidate === '') continue;
    if (candidate.startsWith('/') && !candidate.startsWith('//') && !candidate.includes('\\'))
      return candidate;
  }
  return '/';
}

function csrfSecret(call: Call<ArenaDemoUser | undefined>): string | undefined {
  return secretOf(cookiesOf(call.request).get(CSRF_COOKIE));
}

export function registerAuthRoutes(router: ArenaRouter): void {
  const { state } = router;

  router.open(['GET'], '/accounts/login/', (call) => {
    // the form always refreshes the cookie; an existing well-formed secret is kept, as get_token does
    const secret = issueCsrfCookie(call.reply, csrfSecret(call) ?? newSecret());
    return sendHtml(call.reply, loginPage({ token: maskSecret(secret), next: call.query.get('next') ?? '' }));
  });

  router.open(['POST'], '/accounts/login/', (call) => {
    const { form, reply } = call;
    const username = form.get('username')?.trim() ?? '';
    // Django's AuthenticationForm does not strip passwords
    const password = form.get('password') ?? '';
    const next = form.get('next') ?? call.query.get('next') ?? '';
    const user = username === '' || password === '' ? undefined : authenticate(username, password);
    if (user === undefined) {
      // the CSRF check passed, so the cookie holds a well-formed secret
      const token = maskSecret(csrfSecret(call) ?? newSecret());
      const required = 'This field is required.';
      const fieldErrors = {
        ...(username === '' ? { username: required } : {}),
        ...(password === '' ? { password: required } : {}),
      };
      const errors = username === '' || password === '' ? [] : [INVALID_LOGIN];
      return sendHtml(reply, loginPage({ token, next, username, errors, fieldErrors }));
    }
    startSession(state, reply, user, cookiesOf(call.request).get(SESSION_COOKIE));
    return reply.redirect(safeNext(form.get('next'), call.query.get('next')), 302);
  });

  router.open(['POST'], '/accounts/logout/', (call) => {
    endSession(state, call.reply, cookiesOf(call.request).get(SESSION_COOKIE));
    return call.reply.redirect('/accounts/login/', 302);
  });

  router.route(['GET'], '/', 'page', (call) => sendHtml(call.reply, homePage(call.user.username)));
}
