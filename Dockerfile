# One image for the API and the workers; the command picks the role (`serve` or `worker`).
FROM node:20-bookworm-slim

WORKDIR /app

# Install from the lockfile only; lifecycle scripts stay off (.npmrc ignore-scripts=true).
# Dev dependencies stay: pdf.js renders non-JPEG pages with @napi-rs/canvas, listed there. So
# NODE_ENV=production is set only after `npm ci` (with it set, npm ci would drop them).
COPY package.json package-lock.json .npmrc ./
RUN npm ci && npm cache clean --force
ENV NODE_ENV=production

COPY bin ./bin
COPY services ./services
COPY workers ./workers
COPY rules ./rules

# Blobs live on a volume; the process runs unprivileged and owns nothing else.
RUN mkdir -p /data/blobs && chown -R node:node /data
USER node
ENV BLOB_DIR=/data/blobs

EXPOSE 8080
ENTRYPOINT ["node", "bin/precheck.js"]
CMD ["serve"]
