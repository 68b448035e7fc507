# syntax=docker/dockerfile:1
# Over de schutting in one image: the Fastify server (run as TypeScript by Node 24 itself) and
# the built web app it serves. docs/deploy.md describes how to run it; in short:
#
#   docker build -t over-de-schutting .
#   docker run --read-only --tmpfs /tmp -v ods-data:/data -p 3000:3000 \
#     -e PUBLIC_URL=https://ods.example.nl -e SMTP_URL=smtp://… over-de-schutting
#
# Stages: `build` installs every dependency and builds the web app; `prod-deps` installs the
# server's production dependencies alone (no compilers, test tools or Vite in the image);
# the last stage copies those, the sources and web/dist onto the slim Node image.

# Node as scripts/bootstrap.mjs pins it; pnpm as package.json's packageManager says.
ARG NODE_VERSION=24.21.0
ARG PNPM_VERSION=10.34.9

FROM node:${NODE_VERSION}-bookworm AS base
ARG PNPM_VERSION
ENV CI=true
RUN npm install --global --no-audit --no-fund "pnpm@${PNPM_VERSION}"
WORKDIR /app
# The manifests alone first, so the dependency layers are reused while only code changes.
# Every workspace package of pnpm-workspace.yaml is listed, so the build installs the workspace
# as a checkout has it (pnpm would quietly leave out a package whose manifest is missing).
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY shared/package.json shared/
COPY db/package.json db/
COPY server/package.json server/
COPY web/package.json web/
COPY tests/package.json tests/
COPY bench/package.json bench/

FROM base AS build
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @ods/web build

FROM base AS prod-deps
# The server and the workspace packages it imports (db, shared), without devDependencies.
# better-sqlite3 is compiled here when no prebuilt binary fits (the full image has the tools).
RUN pnpm install --frozen-lockfile --prod --filter "@ods/server..."

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    APP_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    WEB_DIST=/app/web/dist
WORKDIR /app
COPY --from=prod-deps /app/package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY shared/ ./shared/
COPY db/ ./db/
COPY server/ ./server/
COPY --from=prod-deps /app/shared/node_modules ./shared/node_modules
COPY --from=prod-deps /app/db/node_modules ./db/node_modules
COPY --from=prod-deps /app/server/node_modules ./server/node_modules
COPY --from=build /app/web/dist ./web/dist
# Everything above belongs to root and cannot be changed by the app; only /data is its own.
# The node image's unprivileged user: uid and gid 1000.
RUN mkdir -p /data && chown 1000:1000 /data
USER 1000:1000
# The SQLite file and a generated session secret live here (with PostgreSQL and
# SESSION_SECRET set it stays empty). The root filesystem can be mounted read-only.
VOLUME ["/data"]
EXPOSE 3000
# /health/live answers as long as the process serves HTTP (no dependency is asked).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is process 1: server.ts closes cleanly on SIGTERM (pending notes and mail are flushed).
# The flags of server/src/node-flags.ts (a smaller young generation: less memory under load).
CMD ["node", "--max-semi-space-size=4", "server/src/server.ts"]
