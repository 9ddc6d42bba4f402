# syntax=docker/dockerfile:1
# Multi-stage build: prune the monorepo to the server and what it needs, install, build the server
# bundle and the web app, then copy the bundle and its few runtime packages into a small non-root image.
ARG NODE_VERSION=20-bookworm-slim

FROM node:${NODE_VERSION} AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH TURBO_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@12.4.2

# 1. Only the workspace packages the server and web app depend on.
FROM base AS pruner
WORKDIR /repo
COPY . .
RUN pnpm dlx turbo@2.11.11 prune @interviewer/server @interviewer/web --docker

# 2. Install from the pruned lockfile (cached unless dependencies change), then build: the server into
#    one bundle with its pre-migrated PGlite data directory (apps/server/scripts/build.mjs), the web app.
#    `deploy --prod` installs only the server's `dependencies`: the few packages the bundle keeps as
#    imports (argon2's native code, PGlite's wasm, the code sandbox's runtimes: QuickJS, Pyodide, sucrase);
#    everything else is inside dist/main.js.
FROM base AS builder
WORKDIR /repo
COPY --from=pruner /repo/out/json/ .
RUN pnpm install --frozen-lockfile
COPY --from=pruner /repo/out/full/ .
COPY drizzle ./drizzle
RUN pnpm --filter @interviewer/server build \
 && pnpm --filter @interviewer/web build \
 && pnpm --filter @interviewer/server deploy --legacy --prod /deploy/apps/server \
 && rm -rf /deploy/apps/server/src /deploy/apps/server/test /deploy/apps/server/scripts /deploy/apps/server/dist \
 && cp -r apps/server/dist /deploy/apps/server/dist \
 && mkdir -p /deploy/apps/web && cp -r apps/web/dist /deploy/apps/web/dist \
 && cp -r drizzle /deploy/drizzle

# 3. Runtime: plain node on the bundle (no tsx, no TypeScript), laid out as in the repository
#    (apps/server/dist beside apps/server/package.json, apps/web/dist, drizzle/), so the bundle finds its
#    files where it would in a checkout; the two variables only say so explicitly.
FROM node:${NODE_VERSION} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 WEB_DIST_DIR=/app/apps/web/dist MIGRATIONS_DIR=/app/drizzle DATA_DIR=/data
WORKDIR /app
RUN mkdir -p /data && chown node:node /data
COPY --from=builder --chown=node:node /deploy /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
WORKDIR /app/apps/server
CMD ["node", "dist/main.js"]
