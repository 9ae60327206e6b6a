import type { FastifyReply } from 'fastify';

/**
 * Paths Django's URL resolver does not know never reach DRF, so they get Django's HTML pages,
 * not JSON. The same goes for the media views, which are plain Django views.
 */

const page = (title: string, text: string): string =>
  `<!doctype html>\n<html lang="en">\n<head>\n  <title>${title}</title>\n</head>\n<body>\n  <h1>${title}</h1><p>${text}</p>\n</body>\n</html>\n`;

export function djangoNotFound(reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .type('text/html; charset=utf-8')
    .send(page('Not Found', 'The requested resource was not found on this server.'));
}

export function djangoForbidden(reply: FastifyReply): FastifyReply {
  return reply.code(403).type('text/html; charset=utf-8').send(page('403 Forbidden', ''));
}

export function djangoServerError(reply: FastifyReply): FastifyReply {
  return reply.code(500).type('text/html; charset=utf-8').send(page('Server Error (500)', ''));
}
