# syntax=docker/dockerfile:1

# ---------------------------------------------------------------------------
# Build: full dependency tree (TypeScript and friends), compile to dist/.
# ---------------------------------------------------------------------------
FROM node:22-bookworm-slim AS build
WORKDIR /app

COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

COPY . .
# tsc -p tsconfig.build.json -> dist/{server,resolvers,datasources,simulators}/...
RUN npm run build

# ---------------------------------------------------------------------------
# Runtime: production dependencies only, compiled JS and the SDL files.
# (graphiql, react and react-dom are production dependencies: the GraphiQL page
#  is served from their UMD bundles in node_modules, with no CDN.)
# ---------------------------------------------------------------------------
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
WORKDIR /app

# package.json is needed at runtime too: "type": "module" makes dist/*.js ESM, and
# the server locates the project root as the directory holding package.json + schema/.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund

COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema

# Files stay root-owned (read-only for the app); the process runs unprivileged.
USER node

EXPOSE 4000

# No curl in slim images: use Node's global fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "dist/server/main.js"]
