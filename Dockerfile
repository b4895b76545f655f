# Uni-Chat's production image: Next's standalone server with server.ts
# bundled beside it (see tools/standalone/). It needs MongoDB: the embedded
# database is for development and is not built here (no Go in the image).
#
#   docker build --build-arg GIT_COMMIT=$(git rev-parse --short=12 HEAD) -t uni-chat .
#   docker run --init -p 3000:3000 -e MONGODB_URI=mongodb://… -v uni-chat-data:/data uni-chat

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The only step that uses the network: packages from the npm registry.
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The image has no .git: the commit shown in the admin's health detail comes from here.
ARG GIT_COMMIT=""
ENV GIT_COMMIT=${GIT_COMMIT}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    DATA_DIR=/data
# Uploads, generated images and a generated AUTH_SECRET live in /data.
RUN mkdir -p /data && chown node:node /data
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
VOLUME ["/data"]
# Exec form: node itself receives SIGTERM and drains (see "Stopping" in the
# README). Run with --init (compose: `init: true`) so a PID 1 reaps zombies.
CMD ["node", "server.mjs"]
