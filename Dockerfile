# syntax=docker/dockerfile:1
# Multi-stage build: prune the monorepo to the server and what it needs, install, build the web app,
# then copy a pnpm-deployed, production-only tree into a small non-root runtime image.
ARG NODE_VERSION=20-bookworm-slim

FROM node:${NODE_VERSION} AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH TURBO_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@12.4.2

# 1. Only the workspace packages the server and web app depend on.
FROM base AS pruner
WORKDIR /repo
COPY . .
RUN pnpm dlx turbo@2.11.11 prune @interviewer/server @interviewer/web --docker

# 2. Install from the pruned lockfile (cached unless dependencies change), then build the web app.
FROM base AS builder
WORKDIR /repo
COPY --from=pruner /repo/out/json/ .
RUN pnpm install --frozen-lockfile
COPY --from=pruner /repo/out/full/ .
COPY drizzle ./drizzle
RUN pnpm --filter @interviewer/web build \
 && pnpm --filter @interviewer/server deploy --legacy --prod /deploy/apps/server \
 && cp -r apps/web/dist /deploy/apps/web-dist \
 && cp -r drizzle /deploy/drizzle

# 3. Runtime: the deployed server (internal packages are TypeScript source, run by tsx), the built
#    web app and the migrations (found through MIGRATIONS_DIR and WEB_DIST_DIR).
FROM node:${NODE_VERSION} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 WEB_DIST_DIR=/app/apps/web-dist MIGRATIONS_DIR=/app/drizzle DATA_DIR=/data
WORKDIR /app
RUN mkdir -p /data && chown node:node /data
COPY --from=builder --chown=node:node /deploy /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
WORKDIR /app/apps/server
CMD ["node", "--import", "tsx", "src/main.ts"]
