# syntax=docker/dockerfile:1
# Multi-stage build: a static kg binary on a distroless base, running as non-root.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/kg ./cmd/kg \
 && mkdir -p /out/data && cp -r testdata/facts /out/data/facts

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/kg /usr/local/bin/kg
COPY --from=build /out/data /data
USER nonroot:nonroot
ENV KG_ADDR=:8080
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/kg"]
CMD ["serve"]
