# syntax=docker/dockerfile:1

# hoidap's Telegram bot: a static binary on a minimal, non-root image.
#
#   docker build -t hoidap .
#   docker run --rm -e TELEGRAM_BOT_TOKEN=... hoidap
#   docker run --rm --env-file .env -v "$PWD/articles:/corpus:ro" \
#       -e CORPUS_DIR=/corpus -p 8080:8080 hoidap
#
# Without CORPUS_DIR the bot answers from the article embedded in the binary.
# .ci/run builds the binary with the same flags and checks that it is static;
# cmd/hoidap/dockerfile_test.go checks the pinned Go image, LISTEN_ADDR and
# the HEALTHCHECK.

# An exact Go release, at least go.mod's go line.
FROM golang:1.26.8-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/hoidap ./cmd/hoidap

# distroless static: CA certificates and time zones, no shell, user nonroot
# (65532).
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/hoidap /usr/local/bin/hoidap
# .env, if mounted, is read from the working directory.
WORKDIR /app
USER nonroot:nonroot
# LISTEN_ADDR serves webhook updates and /healthz; set here, polling mode
# serves /healthz too, for the HEALTHCHECK.
ENV LISTEN_ADDR=:8080
EXPOSE 8080
# Unhealthy when the bot does not answer /healthz, or, when it polls, when
# getUpdates has not succeeded for a minute. No shell here: exec form.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["/usr/local/bin/hoidap", "healthcheck"]
ENTRYPOINT ["hoidap", "serve"]
